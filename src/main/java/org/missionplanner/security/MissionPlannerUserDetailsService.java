package org.missionplanner.security;

import java.time.Clock;
import java.time.Instant;
import org.missionplanner.admin.UserDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class MissionPlannerUserDetailsService implements UserDetailsService {

    private final UserDirectory users;
    private final Clock clock;

    MissionPlannerUserDetailsService(UserDirectory users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.signInAccount(username)
                .map(account -> MissionPlannerUser.of(account, account.isLockedAt(Instant.now(clock))))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
