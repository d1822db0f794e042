package org.missionplanner.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * What an administrator filters the audit log by: a user (who acted or was acted on), a kind of
 * event or a whole category of them, a mission, and dates as whole UTC days, both inclusive.
 */
public record AuditFilter(
        String username,
        AuditEventType type,
        AuditEventType.Category category,
        Long missionId,
        LocalDate from,
        LocalDate to) {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    public AuditFilter(String username, AuditEventType type, Long missionId, LocalDate from, LocalDate to) {
        this(username, type, null, missionId, from, to);
    }

    String normalisedUsername() {
        return username == null ? "" : username.trim().toLowerCase();
    }

    /** The event types asked for: the one chosen, else those of the category, else all. */
    Collection<AuditEventType> types() {
        if (type != null) {
            return List.of(type);
        }
        return category == null ? List.of(AuditEventType.values()) : category.types();
    }

    Instant fromInstant() {
        return from == null ? EARLIEST : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant toInstantExclusive() {
        return to == null ? LATEST : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
