package org.missionplanner.planview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanChainFacts;
import org.missionplanner.plan.PlanChainFacts.ChildTask;
import org.missionplanner.plan.PlanChainFacts.ParentResult;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanLink;
import org.missionplanner.plan.PlanStatus;

/** The roll-up of the chain of plans, from the facts read for it. */
class PlanChainCoherenceTests {

    static final PlanLink DDR = new PlanLink(2, "DDR work plan", PlanKind.COMPONENT_PLAN, PlanStatus.DRAFT);
    static final PlanLink POLICE = new PlanLink(3, "Police work plan", PlanKind.COMPONENT_PLAN, PlanStatus.DRAFT);

    @Test
    void aResultIsServedByItsOwnTasksOrByTasksOfDerivingPlans() {
        var facts = new PlanChainFacts(
                List.of(DDR, POLICE),
                List.of(
                        new ParentResult(100, "Own task only", 2, 0),
                        new ParentResult(101, "Served by children", 0, 3),
                        new ParentResult(102, "Served by nobody", 0, 0)),
                Map.of(2L, 4L),
                List.of(new ChildTask(2, 500, "Refurbish the offices")));

        PlanChainReport report = PlanChainCoherence.of(facts);

        assertThat(report.results()).isEqualTo(3);
        assertThat(report.resultsWithoutTask()).extracting(ParentResult::title).containsExactly("Served by nobody");
        assertThat(report.resultsServedByChildren())
                .extracting(ParentResult::title)
                .containsExactly("Served by children");
        assertThat(report.tasksWithoutContribution()).isEqualTo(1);
        assertThat(report.childWork()).hasSize(2);
        var ddr = report.childWork().get(0);
        assertThat(ddr.plan()).isEqualTo(DDR);
        assertThat(ddr.tasks()).isEqualTo(4);
        assertThat(ddr.contributing()).isEqualTo(3);
        var police = report.childWork().get(1);
        assertThat(police.tasks()).isZero();
        assertThat(police.tasksWithoutContribution()).isEmpty();
    }

    @Test
    void aPlanWithoutDerivingPlansHasNoChainSection() {
        var report = PlanChainCoherence.of(
                new PlanChainFacts(List.of(), List.of(new ParentResult(1, "R", 0, 0)), Map.of(), List.of()));
        assertThat(report.hasChildren()).isFalse();
    }
}
