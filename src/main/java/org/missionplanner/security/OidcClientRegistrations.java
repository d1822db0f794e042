package org.missionplanner.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration, {@code oidc}, read from the provider's discovery document the first
 * time somebody signs in with it (not at start-up, so that the application starts while the
 * provider is down; a failed discovery is tried again at the next sign-in).
 */
final class OidcClientRegistrations implements ClientRegistrationRepository {

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private volatile ClientRegistration registration;

    OidcClientRegistrations(String issuerUri, String clientId, String clientSecret) {
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOn.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(issuerUri)
                            .registrationId(SingleSignOn.REGISTRATION_ID)
                            .clientId(clientId)
                            .clientSecret(clientSecret)
                            .scope("openid", "profile", "email")
                            .clientName("Organisation")
                            .build();
                }
                found = registration;
            }
        }
        return found;
    }
}
