package org.missionplanner.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.missionplanner.admin.MailRecipient;
import org.missionplanner.admin.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who gets a message and how: immediately (a row of the outbox, sent later by
 * {@link MailDispatcher}), in the daily digest, or not at all. Runs in the transaction of the event's
 * handling, so that the message is kept exactly when the handling commits. Without an SMTP server
 * the message is kept as not sent.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final MailPreferences preferences;
    private final UnsubscribeTokens tokens;
    private final MailComposer composer;
    private final MailSettings settings;
    private final Clock clock;

    MailOutbox(
            JdbcClient jdbc,
            UserDirectory users,
            MailPreferences preferences,
            UnsubscribeTokens tokens,
            MailComposer composer,
            MailSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.preferences = preferences;
        this.tokens = tokens;
        this.composer = composer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Tells these users (except the one who caused it) according to their preference for the kind. */
    void notify(MailKind kind, Collection<Long> userIds, String exceptUsername, MailTopic topic) {
        List<MailRecipient> recipients = users
                .mailRecipients(userIds.stream().distinct().toList())
                .stream()
                .filter(r -> exceptUsername == null || !r.username().equalsIgnoreCase(exceptUsername))
                .toList();
        Map<Long, MailMode> modes =
                preferences.modes(recipients.stream().map(MailRecipient::userId).toList(), kind);
        Instant now = Instant.now(clock);
        for (MailRecipient recipient : recipients) {
            switch (modes.get(recipient.userId())) {
                case IMMEDIATE -> {
                    String token = tokens.tokenFor(recipient.userId(), kind.name());
                    enqueue(
                            recipient.userId(),
                            kind.name(),
                            recipient.email(),
                            composer.subject(kind, topic, recipient.language()),
                            composer.body(kind, topic, recipient.displayName(), recipient.language(), token),
                            token,
                            recipient.language());
                }
                case DIGEST ->
                    jdbc.sql("""
                                insert into mail_digest_item (user_id, kind, line, link, created_at)
                                values (:user, :kind, :line, :link, :now)
                                """)
                            .param("user", recipient.userId())
                            .param("kind", kind.name())
                            .param("line", truncate(composer.subject(kind, topic, recipient.language()), 1000))
                            .param("link", composer.link(topic.path()))
                            .param("now", Timestamp.from(now))
                            .update();
                case NEVER -> {}
            }
        }
    }

    /**
     * Keeps one message to send, its plain text written in {@code language} (its HTML part is
     * written from it when sent); without an SMTP server it is kept as not sent.
     */
    void enqueue(
            Long userId,
            String kind,
            String recipient,
            String subject,
            String body,
            String unsubscribeToken,
            String language) {
        boolean configured = settings.configured();
        if (!configured) {
            log.info("Mail not configured: {} message to user {} kept as not sent", kind, userId);
        }
        jdbc.sql("""
                        insert into mail_outbox (user_id, kind, recipient, subject, body, unsubscribe_token,
                                                 language, status, next_attempt_at, created_at)
                        values (:user, :kind, :recipient, :subject, :body, :token, :language, :status, :now, :now)
                        """)
                .param("user", userId)
                .param("kind", kind)
                .param("recipient", recipient)
                .param("subject", truncate(subject, 400))
                .param("body", body)
                .param("token", unsubscribeToken)
                .param("language", language)
                .param("status", configured ? "PENDING" : "NOT_SENT")
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
