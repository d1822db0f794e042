package org.missionplanner.cmcoord;

import java.time.LocalDate;

/** A request as a list shows it, read in one query without its assessments. */
record RequestRow(
        long id,
        long missionId,
        long organisationId,
        String asset,
        String location,
        LocalDate neededFrom,
        LocalDate neededUntil,
        CmcoordStatus status,
        CmcoordDecision decision,
        LocalDate usableUntil) {}
