package org.missionplanner.cmcoord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request with its six assessments (in their order) and, once decided, the decision. */
public record RequestView(
        long id,
        long missionId,
        long organisationId,
        String organisationAcronym,
        String organisationName,
        String asset,
        String location,
        LocalDate neededFrom,
        LocalDate neededUntil,
        String need,
        String civilianAlternatives,
        List<PrincipleAssessment> principles,
        CmcoordStatus status,
        CmcoordDecision decision,
        String conditions,
        String refusalReason,
        String justification,
        LocalDate usableUntil,
        String decidedBy,
        Instant decidedAt,
        long version) {

    /** The principles assessed as not met: each blocks an approval that has no written justification. */
    public List<CmcoordPrinciple> blockingPrinciples() {
        return CmcoordRules.notMet(principles);
    }

    /** Whether every principle is assessed, as a decision needs. */
    public boolean allAssessed() {
        return principles.stream().noneMatch(p -> p.assessment() == CmcoordAssessment.NOT_ASSESSED);
    }

    public boolean decided() {
        return status == CmcoordStatus.DECIDED;
    }
}
