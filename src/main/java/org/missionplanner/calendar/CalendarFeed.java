package org.missionplanner.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's secret iCalendar feed URL; only the SHA-256 hash of its secret is kept. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private String username;
    private String secretHash;
    private Instant createdAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    protected CalendarFeed() {}

    CalendarFeed(long userId, String username, String secretHash, Instant createdAt) {
        this.userId = userId;
        this.username = username;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void markUsed(Instant at) {
        lastUsedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
