package org.missionplanner.admin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link to set a first password, kept by the SHA-256 of its token. */
@Entity
@Table(name = "first_sign_in_token")
class FirstSignInToken {

    @Id
    private String tokenHash;

    private long userId;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected FirstSignInToken() {}

    FirstSignInToken(String tokenHash, long userId, Instant expiresAt, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant at) {
        usedAt = at;
    }

    long getUserId() {
        return userId;
    }
}
