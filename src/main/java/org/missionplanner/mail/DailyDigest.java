package org.missionplanner.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.admin.MailRecipient;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.shared.OncePerCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, gathers each user's digest messages into one e-mail (put in the outbox) and marks them
 * sent; one instance does it at a time.
 */
@Component
public class DailyDigest {

    /** "MPDIGS" in ASCII. */
    private static final long LOCK_KEY = 0x4D5044494753L;

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final UnsubscribeTokens tokens;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final OncePerCluster once;
    private final Clock clock;

    DailyDigest(
            JdbcClient jdbc,
            UserDirectory users,
            UnsubscribeTokens tokens,
            MailComposer composer,
            MailOutbox outbox,
            OncePerCluster once,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.tokens = tokens;
        this.composer = composer;
        this.outbox = outbox;
        this.once = once;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.mail.digest-cron:0 0 6 * * *}", zone = "UTC")
    void scheduled() {
        send();
    }

    /** Puts one digest per user with waiting messages in the outbox. Public for tests. */
    public void send() {
        once.run(LOCK_KEY, this::gather);
    }

    private void gather() {
        Map<Long, List<Item>> byUser = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, user_id, line, link from mail_digest_item
                        where digested_at is null order by user_id, created_at, id
                        """)
                .query((rs, i) -> new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list()
                .forEach(item -> byUser.computeIfAbsent(item.userId(), id -> new ArrayList<>())
                        .add(item));
        if (byUser.isEmpty()) {
            return;
        }
        for (MailRecipient recipient : users.mailRecipients(byUser.keySet())) {
            List<Item> items = byUser.get(recipient.userId());
            String language = recipient.language();
            String token = tokens.tokenFor(recipient.userId(), UnsubscribeTokens.DIGEST);
            StringBuilder body = new StringBuilder(composer.text("mail.greeting", language, recipient.displayName()))
                    .append("\n\n")
                    .append(composer.text("mail.digest.intro", language))
                    .append("\n\n");
            items.forEach(item -> body.append("- ")
                    .append(item.line())
                    .append("\n  ")
                    .append(item.link())
                    .append("\n"));
            body.append("\n").append(composer.footer(language, composer.text("mail.digest.what", language), token));
            outbox.enqueue(
                    recipient.userId(),
                    UnsubscribeTokens.DIGEST,
                    recipient.email(),
                    composer.text("mail.digest.subject", language, items.size()),
                    body.toString(),
                    token,
                    language);
        }
        // items of users who have since lost their address or account are dropped with the others
        jdbc.sql("update mail_digest_item set digested_at = :now where id in (:ids)")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param(
                        "ids",
                        byUser.values().stream()
                                .flatMap(List::stream)
                                .map(Item::id)
                                .toList())
                .update();
    }

    private record Item(long id, long userId, String line, String link) {}
}
