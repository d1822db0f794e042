package org.missionplanner.planview;

import java.util.List;
import org.missionplanner.plan.PlanChainFacts;
import org.missionplanner.plan.PlanLink;

/**
 * The chain-of-plans section of a plan's coherence report: its results that no task serves, neither
 * its own nor one of a plan deriving from it; its results served by the deriving plans; and, for
 * each deriving plan, its tasks that serve none of this plan's results ({@code tasksWithoutContribution}:
 * how many in all).
 */
public record PlanChainReport(
        List<PlanLink> children,
        int results,
        List<PlanChainFacts.ParentResult> resultsWithoutTask,
        List<PlanChainFacts.ParentResult> resultsServedByChildren,
        List<ChildWork> childWork,
        long tasksWithoutContribution) {

    /** A plan deriving from this one: how many tasks it has, and those that serve none of this plan's results. */
    public record ChildWork(
            PlanLink plan, long tasks, long contributing, List<PlanChainFacts.ChildTask> tasksWithoutContribution) {

        ChildWork(PlanLink plan, long tasks, List<PlanChainFacts.ChildTask> tasksWithoutContribution) {
            this(plan, tasks, tasks - tasksWithoutContribution.size(), tasksWithoutContribution);
        }
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
