package org.missionplanner.mail;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One random token per user and kind ("DIGEST" for the digest), put in the unsubscribe link of
 * every message of that kind: whoever holds the message may stop that kind, without signing in.
 */
@Component
class UnsubscribeTokens {

    static final String DIGEST = "DIGEST";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    UnsubscribeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String tokenFor(long userId, String kind) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        jdbc.sql("""
                        insert into mail_unsubscribe_token (token, user_id, kind) values (:token, :user, :kind)
                        on conflict (user_id, kind) do nothing
                        """)
                .param("token", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .param("user", userId)
                .param("kind", kind)
                .update();
        return jdbc.sql("select token from mail_unsubscribe_token where user_id = :user and kind = :kind")
                .param("user", userId)
                .param("kind", kind)
                .query(String.class)
                .single();
    }

    /** The user and kind the token stands for. */
    Optional<Subscription> find(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id, kind from mail_unsubscribe_token where token = :token")
                .param("token", token)
                .query((rs, i) -> new Subscription(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    record Subscription(long userId, String kind) {}
}
