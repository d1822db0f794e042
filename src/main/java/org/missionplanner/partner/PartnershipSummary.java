package org.missionplanner.partner;

import java.time.LocalDate;

/** One partnership of an organisation, seen from headquarters: which mission, how, since when. */
public record PartnershipSummary(
        long partnershipId,
        long missionId,
        String missionAcronym,
        String missionName,
        Arrangement arrangement,
        LocalDate startDate,
        LocalDate endDate,
        boolean anyNotMet) {}
