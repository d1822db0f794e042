package org.missionplanner.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What an administrator filters the audit log by; dates are whole UTC days, both inclusive. */
public record AuditFilter(String username, AuditEventType type, Long missionId, LocalDate from, LocalDate to) {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    String normalisedUsername() {
        return username == null ? "" : username.trim().toLowerCase();
    }

    Instant fromInstant() {
        return from == null ? EARLIEST : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant toInstantExclusive() {
        return to == null ? LATEST : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
