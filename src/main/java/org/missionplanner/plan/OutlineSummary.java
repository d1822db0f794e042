package org.missionplanner.plan;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A plan's outline as it first opens: each objective with how many results, indicators and tasks
 * it has and how many of its tasks are done, how many tasks serve no objective, and the benchmarks
 * of the whole plan. A plan small enough to show whole comes with its whole outline ({@code whole});
 * a larger one is opened an objective at a time, so that its first page stays small at any size.
 */
@NamedInterface("read-model")
public record OutlineSummary(
        PlanView plan,
        List<ObjectiveSummary> objectives,
        int unlinkedTasks,
        List<BenchmarkView> benchmarks,
        PlanOutline whole) {

    /** True when the objectives open one at a time: the plan is too large to show whole. */
    public boolean lazy() {
        return whole == null;
    }

    public OutlineCounts counts() {
        return new OutlineCounts(objectives.size(), results(), indicators(), tasks());
    }

    public int results() {
        return objectives.stream().mapToInt(ObjectiveSummary::results).sum();
    }

    public int indicators() {
        return objectives.stream().mapToInt(ObjectiveSummary::indicators).sum();
    }

    public int tasks() {
        return objectives.stream().mapToInt(ObjectiveSummary::tasks).sum() + unlinkedTasks;
    }

    /** The summary of a plan read whole. */
    public static OutlineSummary of(PlanOutline whole) {
        return new OutlineSummary(
                whole.plan(),
                whole.objectives().stream().map(ObjectiveSummary::of).toList(),
                whole.unlinkedTasks().size(),
                whole.benchmarks(),
                whole);
    }

    /** An objective with the size of its part of the outline and how many of its tasks are done. */
    public record ObjectiveSummary(ObjectiveView objective, int results, int indicators, int tasks, int tasksDone) {

        public static ObjectiveSummary of(PlanOutline.ObjectiveNode node) {
            List<TaskView> tasks = node.allTasks();
            return new ObjectiveSummary(
                    node.objective(),
                    node.results().size(),
                    node.allIndicators().size(),
                    tasks.size(),
                    (int) tasks.stream()
                            .filter(t -> t.status() == TaskStatus.DONE)
                            .count());
        }

        /** The share of its tasks that are done, in whole percent; 0 without tasks. */
        public int percentDone() {
            return tasks == 0 ? 0 : tasksDone * 100 / tasks;
        }
    }
}
