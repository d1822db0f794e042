package org.missionplanner.cmcoord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;

/** The decision rules of a CMCoord request, without a database. */
class CmcoordRulesTests {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

    @Test
    void theSixPrinciplesComeInTheirOrder() {
        assertThat(CmcoordPrinciple.values())
                .containsExactly(
                        CmcoordPrinciple.HUMANITARIAN_DECISION,
                        CmcoordPrinciple.LAST_RESORT,
                        CmcoordPrinciple.CIVILIAN_CONTROL,
                        CmcoordPrinciple.CODE_OF_CONDUCT,
                        CmcoordPrinciple.NO_DIRECT_DELIVERY,
                        CmcoordPrinciple.INTERNATIONAL_CHARACTER);
    }

    @Test
    void aDecisionNeedsAllSixPrinciplesAssessed() {
        List<PrincipleAssessment> five = new ArrayList<>(allMet());
        five.remove(5);
        assertRefused(five, approval(null), "cmcoord.principles.notAssessed", "principles");

        List<PrincipleAssessment> oneNotAssessed = new ArrayList<>(allMet());
        oneNotAssessed.set(2, PrincipleAssessment.notAssessed(CmcoordPrinciple.CIVILIAN_CONTROL));
        assertRefused(
                oneNotAssessed,
                new DecisionDetails(CmcoordDecision.REFUSED, null, "Not needed", null, null),
                "cmcoord.principles.notAssessed",
                "principles");
    }

    @Test
    void anApprovalWithAPrincipleNotMetNeedsAJustificationNamingTheBlockingPrinciples() {
        var assessments =
                with(CmcoordAssessment.NOT_MET, CmcoordPrinciple.LAST_RESORT, CmcoordPrinciple.CIVILIAN_CONTROL);
        for (var decision : List.of(
                approval(null),
                new DecisionDetails(CmcoordDecision.APPROVED_WITH_CONDITIONS, "WFP on board", null, " ", FROM))) {
            assertThatThrownBy(() -> CmcoordRules.checkDecision(assessments, FROM, decision))
                    .isInstanceOfSatisfying(JustificationRequiredException.class, e -> {
                        assertThat(e.field()).isEqualTo("justification");
                        assertThat(e.messageKey()).isEqualTo("cmcoord.justification.required.LAST_RESORT");
                        assertThat(e.blocking())
                                .containsExactly(CmcoordPrinciple.LAST_RESORT, CmcoordPrinciple.CIVILIAN_CONTROL);
                    });
        }
        assertThatCode(() -> CmcoordRules.checkDecision(assessments, FROM, approval("No aircraft in time")))
                .doesNotThrowAnyException();
    }

    @Test
    void aRefusalWithAPrincipleNotMetNeedsNoJustificationButAReason() {
        var assessments = with(CmcoordAssessment.NOT_MET, CmcoordPrinciple.LAST_RESORT);
        assertRefused(
                assessments,
                new DecisionDetails(CmcoordDecision.REFUSED, null, " ", null, null),
                "cmcoord.refusalReason.required",
                "refusalReason");
        assertThatCode(() -> CmcoordRules.checkDecision(
                        assessments,
                        FROM,
                        new DecisionDetails(CmcoordDecision.REFUSED, null, "Civilian trucks available", null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void conditionsAreWrittenAndAnApprovalHasATimeLimit() {
        assertRefused(
                allMet(),
                new DecisionDetails(CmcoordDecision.APPROVED_WITH_CONDITIONS, "", null, null, FROM),
                "cmcoord.conditions.required",
                "conditions");
        assertRefused(
                allMet(),
                new DecisionDetails(CmcoordDecision.APPROVED, null, null, null, null),
                "cmcoord.usableUntil.required",
                "usableUntil");
        assertRefused(
                allMet(),
                new DecisionDetails(CmcoordDecision.APPROVED, null, null, null, FROM.minusDays(1)),
                "cmcoord.usableUntil.beforeFrom",
                "usableUntil");
        assertRefused(
                allMet(), new DecisionDetails(null, null, null, null, FROM), "cmcoord.decision.required", "decision");
        assertThatCode(() -> CmcoordRules.checkDecision(allMet(), FROM, approval(null)))
                .doesNotThrowAnyException();
    }

    @Test
    void theEndOfTheNeedCannotBeBeforeItsStart() {
        var details =
                new RequestDetails(1L, "Helicopter", "Zwedru", FROM, FROM.minusDays(1), "Food", "None", List.of());
        assertThatThrownBy(() -> CmcoordRules.checkRequest(details))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cmcoord.neededUntil.beforeFrom");
                    assertThat(e.field()).isEqualTo("neededUntil");
                });
        assertThatCode(() -> CmcoordRules.checkRequest(
                        new RequestDetails(1L, "Helicopter", "Zwedru", FROM, FROM, "Food", "None", List.of())))
                .doesNotThrowAnyException();
    }

    static List<PrincipleAssessment> allMet() {
        return Arrays.stream(CmcoordPrinciple.values())
                .map(p -> new PrincipleAssessment(p, CmcoordAssessment.MET, "ok"))
                .toList();
    }

    static List<PrincipleAssessment> with(CmcoordAssessment assessment, CmcoordPrinciple... principles) {
        List<CmcoordPrinciple> changed = List.of(principles);
        return Arrays.stream(CmcoordPrinciple.values())
                .map(p -> new PrincipleAssessment(p, changed.contains(p) ? assessment : CmcoordAssessment.MET, "why"))
                .toList();
    }

    private static DecisionDetails approval(String justification) {
        return new DecisionDetails(CmcoordDecision.APPROVED, null, null, justification, FROM.plusDays(10));
    }

    private static void assertRefused(
            List<PrincipleAssessment> assessments, DecisionDetails decision, String key, String field) {
        assertThatThrownBy(() -> CmcoordRules.checkDecision(assessments, FROM, decision))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo(field);
                });
    }
}
