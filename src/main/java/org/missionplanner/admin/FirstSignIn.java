package org.missionplanner.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First sign-in links: a new user sets their own password through a one-time link that expires,
 * instead of receiving a temporary password from an administrator. Reached without signing in:
 * the token (32 random bytes, kept hashed) is the only credential.
 */
@Service
@Transactional
public class FirstSignIn {

    /** How long a link stays valid. */
    static final Duration VALIDITY = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FirstSignInTokenRepository tokens;
    private final UserAccountRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FirstSignIn(
            FirstSignInTokenRepository tokens,
            UserAccountRepository users,
            PasswordPolicy policy,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Issues a link for the account and has it e-mailed (after commit); the caller checked the address. */
    void issue(UserAccount user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        Instant expiresAt = now.plus(VALIDITY);
        tokens.save(new FirstSignInToken(ApiTokens.hash(token), user.getId(), expiresAt, now));
        events.publishEvent(new FirstSignInLinkIssued(user.getId(), token, expiresAt));
    }

    /** The user name the link is for, when it is valid (not used, not expired, account enabled). */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findById(ApiTokens.hash(token))
                .filter(t -> t.isUsableAt(now))
                .flatMap(t -> users.findById(t.getUserId()))
                .filter(UserAccount::isEnabled)
                .map(UserAccount::getUsername);
    }

    /**
     * Sets the password through the link and uses the link up; returns the user name. Throws
     * {@link BusinessRuleException} "firstSignIn.invalid" for an unknown, used or expired link, and
     * {@link PasswordPolicyViolation} when the password breaks the policy.
     */
    public String setPassword(String token, String newPassword) {
        Instant now = Instant.now(clock);
        FirstSignInToken link = token == null
                ? null
                : tokens.lockByHash(ApiTokens.hash(token))
                        .filter(t -> t.isUsableAt(now))
                        .orElse(null);
        UserAccount user = link == null
                ? null
                : users.findById(link.getUserId())
                        .filter(UserAccount::isEnabled)
                        .orElse(null);
        if (user == null) {
            throw new BusinessRuleException("firstSignIn.invalid");
        }
        List<String> problems = new ArrayList<>(policy.violations(newPassword, user.getUsername()));
        if (!problems.isEmpty()) {
            throw new PasswordPolicyViolation(problems);
        }
        user.replacePassword(passwordEncoder.encode(newPassword), false, now);
        link.use(now);
        auditLog.recordChange(AuditEventType.PASSWORD_CHANGED, user, null, null, null);
        return user.getUsername();
    }
}
