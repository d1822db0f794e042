package org.missionplanner.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do with user accounts. Every method checks the caller is an administrator. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class UserAdministration {

    private final UserAccountRepository users;
    private final AuditLog auditLog;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final FirstSignIn firstSignIn;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    UserAdministration(
            UserAccountRepository users,
            AuditLog auditLog,
            PasswordEncoder passwordEncoder,
            ApiTokenRepository tokens,
            ApplicationEventPublisher events,
            FirstSignIn firstSignIn,
            ObjectProvider<JavaMailSender> mail,
            Clock clock) {
        this.users = users;
        this.auditLog = auditLog;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.events = events;
        this.firstSignIn = firstSignIn;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserView> search(UserSearch search, Pageable pageable) {
        return users.search(
                        search.normalisedText(),
                        search.role(),
                        search.enabled(),
                        search.locked(),
                        search.missionId(),
                        pageable)
                .map(UserView::of);
    }

    @Transactional(readOnly = true)
    public UserView get(long userId) {
        return UserView.of(find(userId));
    }

    /**
     * Creates an account. With an e-mail address and mail configured, the user receives a one-time
     * link to set their own password (the generated one is never shown); otherwise the generated
     * temporary password is returned, to be changed at first sign-in.
     */
    public CreatedUser create(NewUser command) {
        String username = command.username().trim().toLowerCase();
        if (users.findByUsername(username).isPresent()) {
            throw new BusinessRuleException("user.username.taken", "username");
        }
        String temporaryPassword = TemporaryPasswords.generate();
        UserAccount user = users.save(new UserAccount(
                username,
                command.displayName().trim(),
                blankToNull(command.email()),
                command.globalRole(),
                passwordEncoder.encode(temporaryPassword),
                true,
                Instant.now(clock)));
        auditLog.recordChange(AuditEventType.USER_CREATED, user, null, null, "role=" + user.getGlobalRole());
        if (user.getEmail() != null && mail.getIfAvailable() != null) {
            firstSignIn.issue(user);
            return new CreatedUser(user.getId(), user.getUsername(), null, user.getEmail());
        }
        return new CreatedUser(user.getId(), user.getUsername(), temporaryPassword);
    }

    /** Changes name, e-mail and global role; refuses a stale version and demoting the last administrator. */
    public void update(long userId, UserChange change) {
        UserAccount user = find(userId);
        if (user.getVersion() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, userId);
        }
        String oldDetails = details(user);
        user.rename(change.displayName().trim(), blankToNull(change.email()));
        if (!oldDetails.equals(details(user))) {
            auditLog.recordChange(AuditEventType.USER_CHANGED, user, null, oldDetails, details(user));
        }
        GlobalRole oldRole = user.getGlobalRole();
        if (oldRole != change.globalRole()) {
            if (oldRole == GlobalRole.ADMINISTRATOR) {
                requireAnotherEnabledAdministrator(user, "globalRole");
            }
            user.assignRole(change.globalRole());
            auditLog.recordChange(
                    AuditEventType.ROLE_CHANGED,
                    user,
                    null,
                    oldRole.name(),
                    change.globalRole().name());
            events.publishEvent(new UserSessionsRevoked(user.getUsername()));
        }
        users.flush();
    }

    /** Disables an account and ends its sessions at once. */
    public void disable(long userId) {
        UserAccount user = find(userId);
        if (!user.isEnabled()) {
            return;
        }
        if (user.getUsername().equalsIgnoreCase(currentUsername())) {
            throw new BusinessRuleException("user.disable.self");
        }
        if (user.isAdministrator()) {
            requireAnotherEnabledAdministrator(user, null);
        }
        user.setEnabled(false);
        auditLog.recordChange(AuditEventType.USER_DISABLED, user, null, "enabled", "disabled");
        events.publishEvent(new UserSessionsRevoked(user.getUsername()));
    }

    public void enable(long userId) {
        UserAccount user = find(userId);
        if (user.isEnabled()) {
            return;
        }
        user.setEnabled(true);
        auditLog.recordChange(AuditEventType.USER_ENABLED, user, null, "disabled", "enabled");
    }

    public void unlock(long userId) {
        UserAccount user = find(userId);
        users.clearFailedAttempts(userId);
        auditLog.recordChange(AuditEventType.ACCOUNT_UNLOCKED, user, null, null, null);
    }

    /**
     * Replaces the password with a generated temporary one, ends the user's sessions and revokes
     * their API tokens: a reset is what an administrator does when the account may be in other hands.
     */
    public CreatedUser resetPassword(long userId) {
        UserAccount user = find(userId);
        String temporaryPassword = TemporaryPasswords.generate();
        user.replacePassword(passwordEncoder.encode(temporaryPassword), true, Instant.now(clock));
        auditLog.recordChange(AuditEventType.PASSWORD_RESET, user, null, null, null);
        int revoked = tokens.revokeAllOf(user.getId(), Instant.now(clock));
        if (revoked > 0) {
            auditLog.recordChange(AuditEventType.TOKEN_REVOKED, user, null, revoked + " token(s)", null);
        }
        events.publishEvent(new UserSessionsRevoked(user.getUsername()));
        return new CreatedUser(user.getId(), user.getUsername(), temporaryPassword);
    }

    private void requireAnotherEnabledAdministrator(UserAccount user, String field) {
        List<UserAccount> administrators = users.lockEnabledAdministrators();
        boolean anotherRemains = administrators.stream().anyMatch(a -> !Objects.equals(a.getId(), user.getId()));
        if (!anotherRemains) {
            throw new BusinessRuleException("user.lastAdministrator", field);
        }
    }

    private UserAccount find(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    private static String details(UserAccount user) {
        return "name=" + user.getDisplayName() + ", email=" + (user.getEmail() == null ? "" : user.getEmail());
    }

    private static String currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
