package org.missionplanner.plan;

import java.util.List;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * What a planner looks for on the outline: words in the titles (and descriptions of tasks), and a
 * status of the tasks. A match is shown with its objective (and result); only tasks have a status,
 * so with a status chosen only tasks match.
 */
@NamedInterface("read-model")
public record OutlineFilter(String q, TaskStatus status) {

    public OutlineFilter {
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static OutlineFilter none() {
        return new OutlineFilter(null, null);
    }

    /** True when it filters anything out. */
    public boolean active() {
        return q != null || status != null;
    }

    /** The outline with only what matches, and the objectives and results above it. */
    public PlanOutline apply(PlanOutline whole) {
        if (!active()) {
            return whole;
        }
        List<PlanOutline.ObjectiveNode> objectives = whole.objectives().stream()
                .map(this::apply)
                .filter(node -> node != null)
                .toList();
        return new PlanOutline(
                whole.plan(), objectives, tasks(whole.unlinkedTasks()), benchmarks(whole.benchmarks()), whole.risks());
    }

    /** The task matches the words and the status. */
    public boolean matches(TaskView task) {
        return (status == null || task.status() == status) && (words(task.title()) || words(task.description()));
    }

    private PlanOutline.ObjectiveNode apply(PlanOutline.ObjectiveNode node) {
        List<PlanOutline.ResultNode> results = node.results().stream()
                .map(this::apply)
                .filter(result -> result != null)
                .toList();
        List<TaskView> tasks = tasks(node.tasks());
        List<BenchmarkView> benchmarks = benchmarks(node.benchmarks());
        if (results.isEmpty()
                && tasks.isEmpty()
                && benchmarks.isEmpty()
                && !title(node.objective().title())) {
            return null;
        }
        return new PlanOutline.ObjectiveNode(node.objective(), results, tasks, benchmarks);
    }

    private PlanOutline.ResultNode apply(PlanOutline.ResultNode node) {
        List<IndicatorView> indicators =
                node.indicators().stream().filter(i -> title(i.definition())).toList();
        List<TaskView> tasks = tasks(node.tasks());
        if (indicators.isEmpty() && tasks.isEmpty() && !title(node.result().title())) {
            return null;
        }
        return new PlanOutline.ResultNode(node.result(), indicators, tasks);
    }

    private List<TaskView> tasks(List<TaskView> tasks) {
        return tasks.stream().filter(this::matches).toList();
    }

    private List<BenchmarkView> benchmarks(List<BenchmarkView> benchmarks) {
        return benchmarks.stream().filter(b -> title(b.description())).toList();
    }

    /** An element without a status matches by its words, and only when no status is chosen. */
    private boolean title(String text) {
        return status == null && words(text);
    }

    private boolean words(String text) {
        return q == null || (text != null && text.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)));
    }
}
