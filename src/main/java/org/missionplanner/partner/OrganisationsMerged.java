package org.missionplanner.partner;

/** An organisation was merged into another, which took over its references; published in the merge's transaction. */
public record OrganisationsMerged(
        long mergedId, String mergedAcronym, long intoId, String intoAcronym, int referencesMoved) {}
