package org.missionplanner.cmcoord;

import java.time.LocalDate;

/**
 * A decision on a request: approved, approved with conditions (which are written down) or refused
 * (with the reason); an approval says until when the asset may be used, and justifies any
 * principle not met.
 */
public record DecisionDetails(
        CmcoordDecision decision,
        String conditions,
        String refusalReason,
        String justification,
        LocalDate usableUntil) {}
