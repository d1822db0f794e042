package org.missionplanner.security;

import java.util.HashMap;
import java.util.Map;
import org.missionplanner.admin.SignInAccount;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in with single sign-on: the application's own user (name, role, language, checks
 * everywhere as for a password sign-in), carrying the identity provider's ID token as Spring
 * Security's OpenID Connect support requires. Its name is the account's user name, never the
 * provider's subject, so that sessions, audit and mission access are keyed as for any other user.
 */
final class OidcMissionPlannerUser extends MissionPlannerUser implements OidcUser {

    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcMissionPlannerUser(SignInAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
        // signed in by the provider: no password here, so a temporary one need not be changed
        super(
                account.id(),
                account.username(),
                account.displayName(),
                account.globalRole(),
                account.enabled(),
                false,
                false,
                account.preferredLanguage(),
                null);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        Map<String, Object> claims = new HashMap<>();
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        claims.putAll(idToken.getClaims());
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
