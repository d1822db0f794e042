package org.missionplanner.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.missionplanner.admin.FirstSignInLinkIssued;
import org.missionplanner.admin.MailRecipient;
import org.missionplanner.admin.UserDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends a new user their one-time link to set a password (no preference: they asked for nothing yet). */
@Component
class FirstSignInMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final MailOutbox outbox;
    private final UserDirectory users;
    private final MailComposer composer;

    FirstSignInMail(MailOutbox outbox, UserDirectory users, MailComposer composer) {
        this.outbox = outbox;
        this.users = users;
        this.composer = composer;
    }

    @ApplicationModuleListener
    void on(FirstSignInLinkIssued event) {
        for (MailRecipient recipient : users.mailRecipients(List.of(event.userId()))) {
            String language = recipient.language();
            String link = composer.link("/account/first-sign-in?token=" + event.token());
            String body = composer.text("mail.greeting", language, recipient.displayName())
                    + "\n\n"
                    + composer.text(
                            "mail.firstSignIn.body",
                            language,
                            recipient.username(),
                            event.expiresAt().atOffset(ZoneOffset.UTC).format(WHEN))
                    + "\n\n"
                    + link
                    + "\n";
            outbox.enqueue(
                    recipient.userId(),
                    "FIRST_SIGN_IN",
                    recipient.email(),
                    composer.text("mail.firstSignIn.subject", language),
                    body,
                    null,
                    language);
        }
    }
}
