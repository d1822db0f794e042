package org.missionplanner.admin;

import java.util.regex.Pattern;

/**
 * What the application accepts as an e-mail address: one "@", no spaces, a domain with a dot (the
 * Bean Validation {@code @Email} also takes "name@localhost", which no mail server here delivers).
 */
public final class EmailAddresses {

    /** For {@code @Pattern} on form fields. */
    public static final String PATTERN = "^$|^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private EmailAddresses() {}

    public static boolean isValid(String address) {
        return address != null
                && address.length() <= 254
                && COMPILED.matcher(address.trim()).matches();
    }
}
