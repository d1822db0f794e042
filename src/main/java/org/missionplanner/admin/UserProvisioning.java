package org.missionplanner.admin;

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

    UserProvisioning(
            UserAccountRepository users, MissionMembershipRepository memberships, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the account unless one with this name exists; returns its id. */
    public long ensureUser(String username, String displayName, GlobalRole role, String password) {
        return users.findByUsername(username)
                .orElseGet(() -> users.save(
                        new UserAccount(username, displayName, null, role, passwordEncoder.encode(password), false)))
                .getId();
    }

    public void ensureMembership(long userId, long missionId, MembershipRole role) {
        if (memberships.findByUserIdAndMissionId(userId, missionId).isEmpty()) {
            memberships.save(new MissionMembership(userId, missionId, role));
        }
    }

    /** True when no enabled administrator exists, as on the first start of a new installation. */
    @Transactional(readOnly = true)
    public boolean hasNoAdministrator() {
        return users.findEnabledAdministrators().isEmpty();
    }
}
