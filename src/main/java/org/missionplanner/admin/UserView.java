package org.missionplanner.admin;

import java.time.Instant;

/** An account as the admin and account pages show it, copied inside the transaction; no password hash. */
public record UserView(
        long id,
        String username,
        String displayName,
        String email,
        GlobalRole globalRole,
        boolean enabled,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        Instant createdAt,
        long version,
        boolean singleSignOn) {

    static UserView of(UserAccount account) {
        return new UserView(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getGlobalRole(),
                account.isEnabled(),
                account.isMustChangePassword(),
                account.getFailedAttempts(),
                account.getLockedUntil(),
                account.getCreatedAt(),
                account.getVersion(),
                account.signsInWithOidc());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
