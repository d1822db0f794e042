package org.missionplanner.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
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

    /** What {@link #ensureAdministrator} found and did. */
    public enum AdministratorOutcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final UserAccountRepository users;
    private final MissionMembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserProvisioning(
            UserAccountRepository users,
            MissionMembershipRepository memberships,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.events = events;
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

    /** Creates a demo account unless an account with this name exists; returns its id. */
    public long ensureDemoUser(String username, String displayName, GlobalRole role, String password) {
        return users.findByUsername(username)
                .orElseGet(() -> users.save(UserAccount.demo(
                        username, displayName, role, passwordEncoder.encode(password), Instant.now(clock))))
                .getId();
    }

    /**
     * Disables every enabled demo account, audited and with its sessions ended; returns their names.
     * Its API tokens stop working with it.
     */
    public List<String> disableDemoAccounts() {
        List<UserAccount> demoAccounts = users.findEnabledDemoAccounts();
        for (UserAccount account : demoAccounts) {
            account.setEnabled(false);
            auditLog.recordChange(AuditEventType.USER_DISABLED, account, null, "enabled", "disabled: demo account");
            events.publishEvent(new UserSessionsRevoked(account.getUsername()));
        }
        return demoAccounts.stream().map(UserAccount::getUsername).toList();
    }

    /**
     * Makes the named account an enabled administrator, whatever other administrators exist: creates
     * it with this password, or promotes and enables it. An existing account keeps its own password,
     * unless it was a demo account, whose password is public: then it takes this one and stops being
     * a demo account.
     */
    public AdministratorOutcome ensureAdministrator(String username, String password) {
        Instant now = Instant.now(clock);
        var existing = users.findByUsername(username);
        if (existing.isEmpty()) {
            UserAccount created = users.save(new UserAccount(
                    username,
                    "Administrator",
                    null,
                    GlobalRole.ADMINISTRATOR,
                    passwordEncoder.encode(password),
                    false,
                    now));
            auditLog.recordChange(AuditEventType.USER_CREATED, created, null, null, "role=ADMINISTRATOR");
            return AdministratorOutcome.CREATED;
        }
        UserAccount account = existing.get();
        boolean changed = false;
        if (account.isDemoAccount()) {
            account.claim(passwordEncoder.encode(password), now);
            auditLog.recordChange(AuditEventType.PASSWORD_RESET, account, null, "demo account", "configured");
            changed = true;
        }
        if (!account.isAdministrator()) {
            auditLog.recordChange(
                    AuditEventType.ROLE_CHANGED,
                    account,
                    null,
                    account.getGlobalRole().name(),
                    GlobalRole.ADMINISTRATOR.name());
            account.assignRole(GlobalRole.ADMINISTRATOR);
            events.publishEvent(new UserSessionsRevoked(account.getUsername()));
            changed = true;
        }
        if (!account.isEnabled()) {
            account.setEnabled(true);
            auditLog.recordChange(AuditEventType.USER_ENABLED, account, null, "disabled", "enabled");
            changed = true;
        }
        return changed ? AdministratorOutcome.UPDATED : AdministratorOutcome.UNCHANGED;
    }

    public void ensureMembership(long userId, long missionId, MembershipRole role) {
        if (memberships.findByUserIdAndMissionId(userId, missionId).isEmpty()) {
            memberships.save(new MissionMembership(userId, missionId, role, Instant.now(clock)));
        }
    }

    /** Demo data only: gives the member the mission's humanitarian coordination role. */
    public void ensureHumanitarianCoordination(long userId, long missionId) {
        memberships.findByUserIdAndMissionId(userId, missionId).ifPresent(m -> m.setHumanitarianCoordination(true));
    }

    /** True when no enabled administrator exists, as on the first start of a new installation. */
    @Transactional(readOnly = true)
    public boolean hasNoAdministrator() {
        return users.findEnabledAdministrators().isEmpty();
    }
}
