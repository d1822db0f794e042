package org.missionplanner.security;

import java.time.Clock;
import java.time.Instant;
import org.missionplanner.admin.SignInAccount;
import org.missionplanner.admin.SignInRecorder;
import org.missionplanner.admin.SingleSignOnAccounts;
import org.missionplanner.admin.SingleSignOnAccounts.AmbiguousEmail;
import org.missionplanner.admin.SingleSignOnAccounts.Identity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the identity provider's user into the application's: the linked account, else the one with
 * the provider's verified e-mail, else a new account without access (see {@link
 * SingleSignOnAccounts}). A disabled or locked account is refused, and the refusal audited, as for a
 * password sign-in.
 */
final class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;
    private final SignInRecorder recorder;
    private final Clock clock;

    OidcAccountService(SingleSignOnAccounts accounts, SignInRecorder recorder, Clock clock) {
        this.accounts = accounts;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = provider.loadUser(request);
        Identity identity = new Identity(
                String.valueOf(oidcUser.getIdToken().getIssuer()),
                oidcUser.getSubject(),
                oidcUser.getEmail(),
                Boolean.TRUE.equals(oidcUser.getEmailVerified()),
                oidcUser.getPreferredUsername(),
                oidcUser.getFullName());
        SignInAccount account;
        try {
            account = accounts.accountFor(identity);
        } catch (AmbiguousEmail e) {
            recorder.refused(null, "single sign-on: several accounts have the e-mail of the provider");
            throw refusal("ambiguous_email");
        }
        if (!account.enabled()) {
            recorder.refused(account.username(), "single sign-on: account disabled");
            throw refusal("account_disabled");
        }
        if (account.isLockedAt(Instant.now(clock))) {
            recorder.refused(account.username(), "single sign-on: account locked");
            throw refusal("account_locked");
        }
        return new OidcMissionPlannerUser(account, oidcUser.getIdToken(), oidcUser.getUserInfo());
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
