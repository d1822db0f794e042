package org.missionplanner.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes; the database keeps its SHA-256 hash, which is
 * enough for a value with that much entropy (no salt or slow hash needed).
 */
@Service
@Transactional
public class ApiTokens {

    private static final String PREFIX = "mpt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Creates a token for the user; the returned value is the only time it can be seen. */
    public IssuedToken create(String username, String name, Instant expiresAt) {
        UserAccount user = user(username);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BusinessRuleException("token.name.invalid", "name");
        }
        Instant now = Instant.now(clock);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new BusinessRuleException("token.expiry.past", "expiresOn");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = tokens.save(new ApiToken(user.getId(), name.trim(), hash(value), now, expiresAt));
        auditLog.recordChange(AuditEventType.TOKEN_CREATED, user, null, null, "token '" + token.getName() + "'");
        return new IssuedToken(token.getId(), token.getName(), value, expiresAt);
    }

    /** The user's tokens, newest first, each telling whether it can be used now. */
    @Transactional(readOnly = true)
    public List<TokenView> list(String username) {
        Instant now = Instant.now(clock);
        return tokens.findByUserIdOrderByCreatedAtDesc(user(username).getId()).stream()
                .map(token -> TokenView.of(token, now))
                .toList();
    }

    /** Revokes one of the user's own tokens; another user's token is "not found". */
    public void revoke(String username, long tokenId) {
        UserAccount user = user(username);
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.getUserId().equals(user.getId()))
                .orElseThrow(() -> new NotFoundException("Token", tokenId));
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now(clock));
            auditLog.recordChange(AuditEventType.TOKEN_REVOKED, user, null, "token '" + token.getName() + "'", null);
        }
    }

    /**
     * The user a presented token belongs to, as the account is now, if the token is valid and the
     * account enabled. Called on every API request with a token, so that revoking the token or
     * disabling the account ends its use at once, and a role change applies at once. A lock after
     * failed sign-ins does not stop a token: the lock protects the password, which a token does not
     * use, and must not let anyone who types wrong passwords cut an owner's scripts off.
     */
    public Optional<SignInAccount> authenticate(String presentedToken) {
        if (presentedToken == null || !presentedToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(hash(presentedToken))
                .filter(token -> token.isUsableAt(now))
                .flatMap(token -> {
                    token.markUsed(now);
                    return users.findById(token.getUserId());
                })
                .filter(UserAccount::isEnabled)
                .map(SignInAccount::of);
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
