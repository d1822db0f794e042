package org.missionplanner.admin;

import java.time.Instant;

/** What the security layer needs to sign an account in, its password hash included. */
public record SignInAccount(
        long id,
        String username,
        String displayName,
        GlobalRole globalRole,
        boolean enabled,
        boolean mustChangePassword,
        String passwordHash,
        Instant lockedUntil,
        String preferredLanguage) {

    static SignInAccount of(UserAccount account) {
        return new SignInAccount(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getGlobalRole(),
                account.isEnabled(),
                account.isMustChangePassword(),
                account.getPasswordHash(),
                account.getLockedUntil(),
                account.getPreferredLanguage());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Never the password hash, so that a log line cannot leak it. */
    @Override
    public String toString() {
        return "SignInAccount[id=" + id + ", username=" + username + "]";
    }
}
