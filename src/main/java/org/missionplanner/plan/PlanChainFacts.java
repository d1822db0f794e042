package org.missionplanner.plan;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * What a plan's chain says about its results: the plans deriving from it, each of its results with
 * the tasks serving it in the plan itself and those contributing to it from the deriving plans, and
 * the deriving plans' tasks that contribute to none of its results.
 */
@NamedInterface("read-model")
public record PlanChainFacts(
        List<PlanLink> children,
        List<ParentResult> results,
        Map<Long, Long> childTaskCounts,
        List<ChildTask> tasksWithoutContribution) {

    /** A result of the plan, with how many of its own tasks serve it and how many tasks of deriving plans contribute to it. */
    public record ParentResult(long id, String title, long ownTasks, long contributingTasks) {}

    /** A task of a deriving plan. */
    public record ChildTask(long planId, long taskId, String title) {}
}
