package org.missionplanner.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.missionplanner.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user changes their own password. */
@Service
@Transactional
public class PasswordChange {

    private final UserAccountRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordChange(
            UserAccountRepository users,
            PasswordPolicy policy,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the current password and the policy, then stores the new one. Throws
     * {@link PasswordPolicyViolation} with the keys "password.currentWrong", "password.unchanged"
     * or the policy's own keys.
     */
    public void change(String username, String currentPassword, String newPassword) {
        UserAccount user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new PasswordPolicyViolation(List.of("password.currentWrong"));
        }
        List<String> problems = new ArrayList<>(policy.violations(newPassword, user.getUsername()));
        if (problems.isEmpty() && newPassword.equals(currentPassword)) {
            problems.add("password.unchanged");
        }
        if (!problems.isEmpty()) {
            throw new PasswordPolicyViolation(problems);
        }
        user.replacePassword(passwordEncoder.encode(newPassword), false, Instant.now(clock));
        auditLog.recordChange(AuditEventType.PASSWORD_CHANGED, user, null, null, null);
        events.publishEvent(new PasswordChanged(user.getUsername()));
    }

    /** Published after a successful change, so that the user's other sessions can be ended. */
    public record PasswordChanged(String username) {}
}
