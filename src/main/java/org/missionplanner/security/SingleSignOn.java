package org.missionplanner.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether single sign-on with the organisation's OpenID Connect provider is configured
 * ({@code APP_OIDC_ISSUER_URI}); the sign-in page offers it only then.
 */
@Component
public class SingleSignOn {

    /** The registration id: sign-in starts at {@code /oauth2/authorization/oidc}. */
    public static final String REGISTRATION_ID = "oidc";

    private final boolean enabled;

    SingleSignOn(@Value("${app.oidc.issuer-uri:}") String issuerUri) {
        this.enabled = !issuerUri.isBlank();
    }

    public boolean enabled() {
        return enabled;
    }

    public String signInPath() {
        return "/oauth2/authorization/" + REGISTRATION_ID;
    }
}
