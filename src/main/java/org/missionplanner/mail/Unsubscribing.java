package org.missionplanner.mail;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe link of an e-mail: the token alone (no sign-in) stops the kind of message it came
 * with; the digest's token stops every kind the user received in the digest.
 */
@Service
@Transactional
public class Unsubscribing {

    private final UnsubscribeTokens tokens;
    private final MailPreferences preferences;

    Unsubscribing(UnsubscribeTokens tokens, MailPreferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    /** The message key naming what the token stops ("mail.kind.comment", "mail.digest.what"), if it is valid. */
    @Transactional(readOnly = true)
    public Optional<String> whatStops(String token) {
        return tokens.find(token).map(s -> kindOf(s.kind()).map(MailKind::key).orElse("mail.digest.what"));
    }

    /** Sets the kind (or every digest kind) to "never"; false for an unknown token. */
    public boolean unsubscribe(String token) {
        var subscription = tokens.find(token);
        if (subscription.isEmpty()) {
            return false;
        }
        long userId = subscription.get().userId();
        Optional<MailKind> kind = kindOf(subscription.get().kind());
        if (kind.isPresent()) {
            preferences.set(userId, kind.get(), MailMode.NEVER);
        } else {
            preferences.of(userId).forEach((k, mode) -> {
                if (mode == MailMode.DIGEST) {
                    preferences.set(userId, k, MailMode.NEVER);
                }
            });
        }
        return true;
    }

    private static Optional<MailKind> kindOf(String name) {
        for (MailKind kind : MailKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
