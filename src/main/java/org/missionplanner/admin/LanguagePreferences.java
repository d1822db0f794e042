package org.missionplanner.admin;

import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language each user chose with the switch, so that it follows them to another browser. */
@Service
public class LanguagePreferences {

    /** The languages the application speaks. */
    public static final Set<String> SUPPORTED = Set.of("en", "fr");

    private final UserAccountRepository users;

    LanguagePreferences(UserAccountRepository users) {
        this.users = users;
    }

    /** Only the user themself: the switch on their own pages. */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    @Transactional
    public void remember(String username, String language) {
        if (!SUPPORTED.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        users.rememberLanguage(username, language);
    }
}
