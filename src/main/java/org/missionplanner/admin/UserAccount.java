package org.missionplanner.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who signs in. The failed-attempt counter is changed only by atomic SQL updates. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private GlobalRole globalRole;

    private boolean enabled = true;
    private boolean mustChangePassword;
    private boolean demoAccount;

    /** Written only by {@link UserAccountRepository#rememberLanguage}, so that it never bumps the version. */
    @Column(insertable = false, updatable = false)
    private String preferredLanguage;

    @Column(insertable = false, updatable = false)
    private int failedAttempts;

    @Column(insertable = false, updatable = false)
    private Instant lockedUntil;

    private Instant createdAt;
    private Instant passwordChangedAt;

    /** The identity provider and its subject, once the account signed in with single sign-on. */
    private String oidcIssuer;

    private String oidcSubject;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String displayName,
            String email,
            GlobalRole globalRole,
            String passwordHash,
            boolean mustChangePassword,
            Instant createdAt) {
        this.username = username.toLowerCase();
        this.displayName = displayName;
        this.email = email;
        this.globalRole = globalRole;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    /** A demo account: a production start disables it. */
    static UserAccount demo(String username, String displayName, GlobalRole role, String passwordHash, Instant at) {
        UserAccount account = new UserAccount(username, displayName, null, role, passwordHash, false, at);
        account.demoAccount = true;
        return account;
    }

    /** Makes a demo account a real one, with a password of its own. */
    void claim(String passwordHash, Instant at) {
        demoAccount = false;
        replacePassword(passwordHash, false, at);
    }

    void rename(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    void assignRole(GlobalRole role) {
        this.globalRole = role;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void replacePassword(String passwordHash, boolean temporary, Instant changedAt) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        this.passwordChangedAt = changedAt;
    }

    /** Remembers the identity provider's subject, so that later sign-ins find the account by it. */
    void linkOidc(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public boolean signsInWithOidc() {
        return oidcSubject != null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isAdministrator() {
        return globalRole == GlobalRole.ADMINISTRATOR;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public GlobalRole getGlobalRole() {
        return globalRole;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isDemoAccount() {
        return demoAccount;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
