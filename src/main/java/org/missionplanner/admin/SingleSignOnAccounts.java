package org.missionplanner.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts behind single sign-on (OpenID Connect): the account that signed in with this
 * provider's subject before, else the one account whose e-mail is the provider's verified e-mail
 * (any case), else a new account with {@link GlobalRole#NONE} and no membership, which waits for an
 * administrator to grant access. The caller checks whether the account may sign in (enabled, not
 * locked).
 */
@Service
@Transactional
public class SingleSignOnAccounts {

    /** What the identity provider says about the person signing in. */
    public record Identity(
            String issuer,
            String subject,
            String email,
            boolean emailVerified,
            String preferredUsername,
            String name) {}

    /** Refused: the provider's e-mail matches several accounts, so none is chosen. */
    public static final class AmbiguousEmail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AmbiguousEmail() {
            super("several accounts have this e-mail");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    SingleSignOnAccounts(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The account this identity signs in as, linked to the identity; created if there is none. */
    public SignInAccount accountFor(Identity identity) {
        Optional<UserAccount> linked = users.findByOidc(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            return SignInAccount.of(linked.get());
        }
        if (identity.emailVerified() && hasText(identity.email())) {
            List<UserAccount> byEmail =
                    users.findByEmailIgnoringCase(identity.email().strip());
            if (byEmail.size() > 1) {
                throw new AmbiguousEmail();
            }
            if (byEmail.size() == 1) {
                UserAccount account = byEmail.get(0);
                account.linkOidc(identity.issuer(), identity.subject());
                return SignInAccount.of(account);
            }
        }
        return SignInAccount.of(create(identity));
    }

    private UserAccount create(Identity identity) {
        String username = freeUsername(identity);
        String displayName = hasText(identity.name()) ? truncate(identity.name().strip(), 200) : username;
        String email = identity.emailVerified() && hasText(identity.email())
                ? truncate(identity.email().strip(), 254)
                : null;
        // no password anybody knows: the account signs in with its identity provider, until an
        // administrator resets the password
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        UserAccount account = new UserAccount(
                username,
                displayName,
                email,
                GlobalRole.NONE,
                passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)),
                false,
                Instant.now(clock));
        account.linkOidc(identity.issuer(), identity.subject());
        users.save(account);
        auditLog.recordChange(
                AuditEventType.USER_CREATED, account, null, null, "role=NONE (single sign-on, first sign-in)");
        return account;
    }

    /** A user name from the provider's preferred user name or e-mail, made valid and unused. */
    private String freeUsername(Identity identity) {
        String wanted = hasText(identity.preferredUsername())
                ? identity.preferredUsername()
                : hasText(identity.email()) ? identity.email().split("@", 2)[0] : "sso-user";
        String base = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        base = truncate(base, 56);
        if (base.length() < 3) {
            base = (base + "-user").substring(0, Math.max(3, Math.min(base.length() + 5, 56)));
        }
        String candidate = base;
        for (int suffix = 2; users.findIdByUsername(candidate).isPresent(); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
