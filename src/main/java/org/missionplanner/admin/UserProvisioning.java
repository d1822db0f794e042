package org.missionplanner.admin;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts the system itself creates at start-up (demo accounts, the first administrator of a
 * production install). Not reachable from any web endpoint.
 */
@Service
@Transactional
public class UserProvisioning {

    private final UserAccountRepository users;
    private final MissionMembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserProvisioning(
            UserAccountRepository users,
            MissionMembershipRepository memberships,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless one with this name exists; returns its id. */
    public long ensureUser(String username, String displayName, GlobalRole role, String password) {
        return users.findByUsername(username)
                .orElseGet(() -> users.save(new UserAccount(
                        username,
                        displayName,
                        null,
                        role,
                        passwordEncoder.encode(password),
                        false,
                        Instant.now(clock))))
                .getId();
    }

    public void ensureMembership(long userId, long missionId, MembershipRole role) {
        if (memberships.findByUserIdAndMissionId(userId, missionId).isEmpty()) {
            memberships.save(new MissionMembership(userId, missionId, role, Instant.now(clock)));
        }
    }

    /** True when no enabled administrator exists, as on the first start of a new installation. */
    @Transactional(readOnly = true)
    public boolean hasNoAdministrator() {
        return users.findEnabledAdministrators().isEmpty();
    }
}
