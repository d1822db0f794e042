package org.missionplanner.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.SignInAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security layer sees them. Equal by user name, so that the session
 * registry finds all sessions of one account. Extended only by {@link OidcMissionPlannerUser}, the
 * same user signed in with single sign-on.
 */
public class MissionPlannerUser implements UserDetails, CredentialsContainer {

    /**
     * Fixed, because signed-in users are kept in sessions in the database across deployments: the
     * value the class had before it was declared, so that those sessions stay readable. A field added
     * later reads as its default from an older session.
     */
    private static final long serialVersionUID = -7675198520273998019L;

    private final long id;
    private final String username;
    private final String displayName;
    private final GlobalRole globalRole;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final String preferredLanguage;
    private String passwordHash;

    MissionPlannerUser(
            long id,
            String username,
            String displayName,
            GlobalRole globalRole,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            String preferredLanguage,
            String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.globalRole = globalRole;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.preferredLanguage = preferredLanguage;
        this.passwordHash = passwordHash;
    }

    static MissionPlannerUser of(SignInAccount account, boolean locked) {
        return new MissionPlannerUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.globalRole(),
                account.enabled(),
                locked,
                account.mustChangePassword(),
                account.preferredLanguage(),
                account.passwordHash());
    }

    /** The same user after they chose their own password. */
    public MissionPlannerUser withPasswordChanged() {
        return new MissionPlannerUser(
                id, username, displayName, globalRole, enabled, locked, false, preferredLanguage, null);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public GlobalRole globalRole() {
        return globalRole;
    }

    /** The language the user chose with the switch when they signed in, or null. */
    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(globalRole.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MissionPlannerUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return "MissionPlannerUser[" + username + "]";
    }
}
