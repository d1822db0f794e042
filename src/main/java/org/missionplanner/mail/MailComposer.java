package org.missionplanner.mail;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes messages in the recipient's language from the message bundles: plain text, with links. */
@Component
class MailComposer {

    private final MessageSource messages;
    private final MailSettings settings;

    MailComposer(MessageSource messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    String subject(MailKind kind, MailTopic topic, String language) {
        return text(kind.key() + ".subject", language, topic.subject(), topic.actor(), topic.detail());
    }

    /** The body: greeting, what happened, the link to the page, and the footer with the unsubscribe link. */
    String body(MailKind kind, MailTopic topic, String name, String language, String unsubscribeToken) {
        return text("mail.greeting", language, name)
                + "\n\n"
                + text(kind.key() + ".body", language, topic.subject(), topic.actor(), blank(topic.detail()))
                + "\n\n"
                + settings.link(topic.path())
                + "\n\n"
                + footer(language, text(kind.key(), language), unsubscribeToken);
    }

    String footer(String language, String what, String unsubscribeToken) {
        return "-- \n"
                + text("mail.footer.why", language, what)
                + "\n"
                + text("mail.footer.unsubscribe", language, unsubscribeLink(unsubscribeToken))
                + "\n"
                + text("mail.footer.preferences", language, settings.link("/account#mail-preferences"))
                + "\n";
    }

    String unsubscribeLink(String token) {
        return settings.link("/mail/unsubscribe/" + token);
    }

    String link(String path) {
        return settings.link(path);
    }

    String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
