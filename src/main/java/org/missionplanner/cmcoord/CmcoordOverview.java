package org.missionplanner.cmcoord;

import java.util.List;
import java.util.Map;

/**
 * The requests of the missions a user sees, pending ones first, with how many there are of each
 * status and of each decision.
 */
public record CmcoordOverview(
        List<RequestSummary> requests, Map<CmcoordStatus, Long> byStatus, Map<CmcoordDecision, Long> byDecision) {}
