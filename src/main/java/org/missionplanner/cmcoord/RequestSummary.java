package org.missionplanner.cmcoord;

import java.time.LocalDate;

/** A request in a list: who asks for what, where and when, and where it stands. */
public record RequestSummary(
        long id,
        long missionId,
        String missionAcronym,
        long organisationId,
        String organisationAcronym,
        String asset,
        String location,
        LocalDate neededFrom,
        LocalDate neededUntil,
        CmcoordStatus status,
        CmcoordDecision decision,
        LocalDate usableUntil) {}
