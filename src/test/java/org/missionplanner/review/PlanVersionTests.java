package org.missionplanner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;

/** A version is decided once, never by its submitter; only an approved version is superseded. */
class PlanVersionTests {

    private static final Reviewer PLANNER = new Reviewer("planner", "Planner");
    private static final Reviewer REVIEWER = new Reviewer("reviewer", "Reviewer");

    @Test
    void anApprovedVersionRecordsWhoDecidedAndIsLaterSuperseded() {
        PlanVersion version = submitted();
        version.approve(REVIEWER, "  Fine  ", Instant.EPOCH);
        assertThat(version.getStatus()).isEqualTo(VersionStatus.APPROVED);
        version.supersede();
        assertThat(version.getStatus()).isEqualTo(VersionStatus.SUPERSEDED);
    }

    @Test
    void nobodyDecidesOnTheirOwnSubmissionWhateverTheCaseOfTheirName() {
        assertRefused(
                () -> submitted().approve(new Reviewer("PLANNER", "x"), null, Instant.EPOCH),
                "plan.review.ownSubmission");
        assertRefused(() -> submitted().returnForChanges(PLANNER, "no", Instant.EPOCH), "plan.review.ownSubmission");
    }

    @Test
    void aReturnNeedsReasons() {
        PlanVersion version = submitted();
        assertThatThrownBy(() -> version.returnForChanges(REVIEWER, "  ", Instant.EPOCH))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plan.review.reasonsRequired");
                    assertThat(e.field()).isEqualTo("reasons");
                });
        assertThat(version.getStatus()).isEqualTo(VersionStatus.SUBMITTED);
    }

    @Test
    void aDecidedVersionIsNotDecidedAgain() {
        PlanVersion returned = submitted();
        returned.returnForChanges(REVIEWER, "Add indicators", Instant.EPOCH);
        assertRefused(() -> returned.approve(REVIEWER, null, Instant.EPOCH), "plan.review.versionDecided");
        PlanVersion approved = submitted();
        approved.approve(REVIEWER, null, Instant.EPOCH);
        assertRefused(() -> approved.returnForChanges(REVIEWER, "late", Instant.EPOCH), "plan.review.versionDecided");
        approved.supersede();
        assertRefused(() -> approved.approve(REVIEWER, null, Instant.EPOCH), "plan.review.versionDecided");
    }

    @Test
    void onlyAnApprovedVersionIsSuperseded() {
        assertRefused(() -> submitted().supersede(), "plan.review.supersedeOnlyApproved");
    }

    private static PlanVersion submitted() {
        return new PlanVersion(1L, 1, "{}", PLANNER, "Please review", Instant.EPOCH);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
