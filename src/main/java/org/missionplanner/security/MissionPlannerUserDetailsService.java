package org.missionplanner.security;

import java.time.Instant;
import org.missionplanner.admin.UserDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class MissionPlannerUserDetailsService implements UserDetailsService {

    private final UserDirectory users;

    MissionPlannerUserDetailsService(UserDirectory users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(account -> MissionPlannerUser.of(account, account.isLockedAt(Instant.now())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
