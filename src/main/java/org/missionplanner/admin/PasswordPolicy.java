package org.missionplanner.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of OWASP ASVS 5 level 2: 12 to 128 characters, any characters allowed, not a
 * common password (a list shipped with the application, so no network look-up), not the user name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = load("security/common-passwords.txt");
    }

    /** Message keys of every rule the password breaks; empty when it is acceptable. */
    public List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            problems.add("password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        return problems;
    }

    int commonPasswordCount() {
        return commonPasswords.size();
    }

    private static Set<String> load(String resource) {
        Set<String> entries = new HashSet<>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.trim().toLowerCase(Locale.ROOT))
                    .forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common password list " + resource, e);
        }
        return Set.copyOf(entries);
    }
}
