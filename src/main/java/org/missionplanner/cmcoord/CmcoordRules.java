package org.missionplanner.cmcoord;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.shared.BusinessRuleException;

/**
 * The rules a request and its decision must meet before anything is saved, each refused on its
 * field: the period ends on or after it starts; a decision needs all six principles assessed; an
 * approval with a principle not met needs a written justification naming why; conditions and a
 * refusal's reason are written down; an approval says until when the asset may be used.
 */
final class CmcoordRules {

    private CmcoordRules() {}

    static void checkRequest(RequestDetails details) {
        if (details.neededFrom() != null
                && details.neededUntil() != null
                && details.neededUntil().isBefore(details.neededFrom())) {
            throw new BusinessRuleException("cmcoord.neededUntil.beforeFrom", "neededUntil");
        }
        for (PrincipleAssessment assessment : details.principles()) {
            if (assessment.principle() == null) {
                throw new BusinessRuleException("cmcoord.principles.unknown", "principles");
            }
        }
    }

    /** The six principles in their order, a missing one as not assessed. */
    static Map<CmcoordPrinciple, PrincipleAssessment> complete(List<PrincipleAssessment> assessments) {
        Map<CmcoordPrinciple, PrincipleAssessment> all = new EnumMap<>(CmcoordPrinciple.class);
        for (CmcoordPrinciple principle : CmcoordPrinciple.values()) {
            all.put(principle, PrincipleAssessment.notAssessed(principle));
        }
        assessments.stream().filter(a -> a.principle() != null).forEach(a -> all.put(a.principle(), a));
        return all;
    }

    /** The principles assessed as not met, in their order: each blocks an approval without a justification. */
    static List<CmcoordPrinciple> notMet(List<PrincipleAssessment> assessments) {
        Map<CmcoordPrinciple, PrincipleAssessment> all = complete(assessments);
        return Arrays.stream(CmcoordPrinciple.values())
                .filter(p -> all.get(p).assessment() == CmcoordAssessment.NOT_MET)
                .toList();
    }

    static void checkDecision(List<PrincipleAssessment> assessments, LocalDate neededFrom, DecisionDetails decision) {
        if (decision.decision() == null) {
            throw new BusinessRuleException("cmcoord.decision.required", "decision");
        }
        boolean allAssessed = complete(assessments).values().stream()
                .noneMatch(a -> a.assessment() == CmcoordAssessment.NOT_ASSESSED);
        if (!allAssessed) {
            throw new BusinessRuleException("cmcoord.principles.notAssessed", "principles");
        }
        switch (decision.decision()) {
            case APPROVED_WITH_CONDITIONS -> {
                if (blank(decision.conditions())) {
                    throw new BusinessRuleException("cmcoord.conditions.required", "conditions");
                }
            }
            case REFUSED -> {
                if (blank(decision.refusalReason())) {
                    throw new BusinessRuleException("cmcoord.refusalReason.required", "refusalReason");
                }
            }
            case APPROVED -> {
                // nothing more than any approval
            }
        }
        if (decision.decision().approval()) {
            List<CmcoordPrinciple> blocking = notMet(assessments);
            if (!blocking.isEmpty() && blank(decision.justification())) {
                throw new JustificationRequiredException(blocking);
            }
            if (decision.usableUntil() == null) {
                throw new BusinessRuleException("cmcoord.usableUntil.required", "usableUntil");
            }
            if (neededFrom != null && decision.usableUntil().isBefore(neededFrom)) {
                throw new BusinessRuleException("cmcoord.usableUntil.beforeFrom", "usableUntil");
            }
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
