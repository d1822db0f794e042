package org.missionplanner.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox through the SMTP server, a batch at a time. Each instance takes the rows it sends
 * with {@code for update skip locked}, so that two instances never send the same message; a failed
 * message is tried again later (1, 2, 4, 8 … minutes) and given up after {@code app.mail.max-attempts}.
 * A slow or unreachable server only delays messages: users' actions never wait for it.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxAttempts;
    private final MailHtml html;

    MailDispatcher(
            JdbcClient jdbc,
            MailSettings settings,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${app.mail.max-attempts:5}") int maxAttempts,
            MailHtml html) {
        this.html = html;
        this.jdbc = jdbc;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(
            fixedDelayString = "${app.mail.outbox-interval:PT30S}",
            initialDelayString = "${app.mail.outbox-interval:PT30S}")
    void scheduled() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            log.warn("Mail outbox run failed: {}", e.toString());
        }
    }

    /** Sends the messages due now, at most one batch; returns how many were sent. Public for tests. */
    public int dispatch() {
        JavaMailSender sender = settings.sender();
        if (sender == null) {
            return 0;
        }
        Integer sent = transaction.execute(status -> {
            int count = 0;
            for (Row row : due()) {
                if (send(sender, row)) {
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private List<Row> due() {
        return jdbc.sql("""
                        select id, recipient, subject, body, unsubscribe_token, attempts, language from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit :batch
                        for update skip locked
                        """)
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("batch", BATCH)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7)))
                .list();
    }

    private boolean send(JavaMailSender sender, Row row) {
        Instant now = Instant.now(clock);
        try {
            sender.send(message(sender, row));
            jdbc.sql("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now,"
                            + " last_error = null where id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", row.id())
                    .update();
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = row.attempts() + 1;
            boolean giveUp = attempts >= maxAttempts;
            log.warn(
                    "Mail {} not sent (attempt {}{}): {}",
                    row.id(),
                    attempts,
                    giveUp ? ", given up" : "",
                    e.getMessage());
            jdbc.sql("update mail_outbox set status = :status, attempts = :attempts, next_attempt_at = :next,"
                            + " last_error = :error where id = :id")
                    .param("status", giveUp ? "FAILED" : "PENDING")
                    .param("attempts", attempts)
                    .param("next", Timestamp.from(now.plus(backOff(attempts))))
                    .param(
                            "error",
                            String.valueOf(e.getMessage())
                                    .substring(
                                            0,
                                            Math.min(
                                                    500,
                                                    String.valueOf(e.getMessage())
                                                            .length())))
                    .param("id", row.id())
                    .update();
            return false;
        }
    }

    /** 1 minute after the first failure, then doubling, at most a day. */
    static Duration backOff(int attempts) {
        return Duration.ofMinutes(Math.min(1L << Math.min(attempts - 1, 20), 24 * 60));
    }

    private MimeMessage message(JavaMailSender sender, Row row) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        if (row.language() == null) { // kept before messages had an HTML part
            helper.setText(row.body(), false);
        } else {
            message.setContent(alternatives(row));
        }
        if (row.unsubscribeToken() != null) {
            // RFC 8058: one-click unsubscribe by a POST to the link, which needs no sign-in
            message.setHeader(
                    "List-Unsubscribe", "<" + settings.link("/mail/unsubscribe/" + row.unsubscribeToken()) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    /** multipart/alternative: the plain text first, then the same in HTML (the part mail clients prefer). */
    private MimeMultipart alternatives(Row row) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(row.body(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(this.html.render(row.subject(), row.body(), row.language()), "UTF-8", "html");
        html.setHeader("Content-Language", row.language());
        plain.setHeader("Content-Language", row.language());
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(plain);
        alternatives.addBodyPart(html);
        return alternatives;
    }

    private record Row(
            long id,
            String recipient,
            String subject,
            String body,
            String unsubscribeToken,
            int attempts,
            String language) {}
}
