package org.missionplanner.plan;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.modulith.NamedInterface;

/**
 * A whole plan as a tree: objectives, their results with indicators and tasks, the tasks that serve
 * an objective directly, and the unlinked tasks; benchmarks and risks beside it. Every view of a
 * plan (outline, matrix, timeline, coherence, exports) is drawn from this one read.
 */
@NamedInterface("read-model")
public record PlanOutline(
        PlanView plan,
        List<ObjectiveNode> objectives,
        List<TaskView> unlinkedTasks,
        List<BenchmarkView> benchmarks,
        List<RiskView> risks) {

    /** Unmodifiable throughout: an outline is shared by the requests that read the same revision. */
    public PlanOutline {
        objectives = List.copyOf(objectives);
        unlinkedTasks = List.copyOf(unlinkedTasks);
        benchmarks = List.copyOf(benchmarks);
        risks = List.copyOf(risks);
    }

    public record ObjectiveNode(
            ObjectiveView objective, List<ResultNode> results, List<TaskView> tasks, List<BenchmarkView> benchmarks) {

        public ObjectiveNode {
            results = List.copyOf(results);
            tasks = List.copyOf(tasks);
            benchmarks = List.copyOf(benchmarks);
        }

        /** The objective's tasks: those under its results, then those serving it directly. */
        public List<TaskView> allTasks() {
            return Stream.concat(results.stream().flatMap(r -> r.tasks().stream()), tasks.stream())
                    .toList();
        }

        public List<IndicatorView> allIndicators() {
            return results.stream().flatMap(r -> r.indicators().stream()).toList();
        }
    }

    public record ResultNode(ResultView result, List<IndicatorView> indicators, List<TaskView> tasks) {

        public ResultNode {
            indicators = List.copyOf(indicators);
            tasks = List.copyOf(tasks);
        }
    }

    /** Every task, in outline order. */
    public List<TaskView> allTasks() {
        return Stream.concat(objectives.stream().flatMap(o -> o.allTasks().stream()), unlinkedTasks.stream())
                .toList();
    }

    public List<IndicatorView> allIndicators() {
        return objectives.stream().flatMap(o -> o.allIndicators().stream()).toList();
    }

    public List<ResultView> allResults() {
        return objectives.stream()
                .flatMap(o -> o.results().stream().map(ResultNode::result))
                .toList();
    }
}
