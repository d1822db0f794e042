package org.missionplanner.partner;

import java.time.LocalDate;

/** One period of a partnership with the arrangement that held in it; no end means still running. */
public record ArrangementPeriod(Arrangement arrangement, LocalDate from, LocalDate to) {

    /** Whether the arrangement held on this day. */
    public boolean covers(LocalDate day) {
        return from != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether the two periods share at least one day. */
    boolean overlaps(ArrangementPeriod other) {
        return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
    }
}
