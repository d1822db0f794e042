package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.missionplanner.shared.BusinessRuleException;

/** The plan aggregate's review transitions: each legal one moves the plan, every other one is refused. */
class PlanReviewTransitionsTests {

    @Test
    void aDraftIsSubmittedThenApprovedThenReopenedAsANewDraft() {
        Plan plan = plan(PlanStatus.DRAFT);
        plan.submitForReview();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(plan.getStatus().isEditable()).isFalse();
        plan.approve();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        plan.startNewDraft();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getStatus().isEditable()).isTrue();
    }

    @Test
    void aReturnedPlanIsADraftAgainAndCanBeResubmitted() {
        Plan plan = plan(PlanStatus.IN_REVIEW);
        plan.returnForChanges();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        plan.submitForReview();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.IN_REVIEW);
    }

    @Test
    void anApprovedOrDraftPlanIsSuperseded() {
        for (PlanStatus status : EnumSet.of(PlanStatus.APPROVED, PlanStatus.DRAFT)) {
            Plan plan = plan(status);
            plan.supersede();
            assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUPERSEDED);
        }
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftIsSubmitted(PlanStatus status) {
        assertRefused(status, Plan::submitForReview, "plan.review.submitOnlyDraft");
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "IN_REVIEW", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPlanInReviewIsApproved(PlanStatus status) {
        assertRefused(status, Plan::approve, "plan.review.decideOnlyInReview");
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "IN_REVIEW", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPlanInReviewIsReturned(PlanStatus status) {
        assertRefused(status, Plan::returnForChanges, "plan.review.decideOnlyInReview");
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnApprovedPlanStartsANewDraft(PlanStatus status) {
        assertRefused(status, Plan::startNewDraft, "plan.review.newDraftOnlyApproved");
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanStatus.class,
            names = {"IN_REVIEW", "SUPERSEDED"})
    void aPlanInReviewOrAlreadySupersededIsNotSuperseded(PlanStatus status) {
        assertRefused(status, Plan::supersede, "plan.review.cannotSupersede");
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void aSubmittedApprovedOrSupersededPlanIsNotEdited(PlanStatus status) {
        assertRefused(status, Plan::requireEditable, "plan.notEditable");
    }

    private static void assertRefused(PlanStatus status, Consumer<Plan> transition, String messageKey) {
        Plan plan = plan(status);
        assertThatThrownBy(() -> transition.accept(plan))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(plan.getStatus())
                .as("a refused transition leaves the plan as it was")
                .isEqualTo(status);
    }

    private static Plan plan(PlanStatus status) {
        Plan plan = new Plan(
                1L,
                new PlanDetails(
                        PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                        "ISF",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        null,
                        null),
                Instant.EPOCH);
        plan.changeStatus(status);
        return plan;
    }
}
