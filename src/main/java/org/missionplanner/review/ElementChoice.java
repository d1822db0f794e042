package org.missionplanner.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.TaskView;

/** An element of the live plan a comment can be about, in outline order, with its depth in the tree. */
public record ElementChoice(String key, ElementType type, String title, int depth) {

    /**
     * The plan as a whole, then each objective with its results, indicators, tasks and benchmarks,
     * then unlinked tasks, the plan's own benchmarks and the risks.
     */
    public static List<ElementChoice> of(PlanOutline outline) {
        List<ElementChoice> choices = new ArrayList<>();
        choices.add(new ElementChoice("plan", ElementType.PLAN, outline.plan().title(), 0));
        for (PlanOutline.ObjectiveNode objective : outline.objectives()) {
            choices.add(choice(
                    ElementType.OBJECTIVE,
                    objective.objective().id(),
                    objective.objective().title(),
                    1));
            for (PlanOutline.ResultNode result : objective.results()) {
                choices.add(choice(
                        ElementType.RESULT,
                        result.result().id(),
                        result.result().title(),
                        2));
                result.indicators().forEach(i -> choices.add(choice(ElementType.INDICATOR, i.id(), i.definition(), 3)));
                result.tasks().forEach(t -> choices.add(task(t, 3)));
            }
            objective.tasks().forEach(t -> choices.add(task(t, 2)));
            objective.benchmarks().forEach(b -> choices.add(choice(ElementType.BENCHMARK, b.id(), b.description(), 2)));
        }
        outline.unlinkedTasks().forEach(t -> choices.add(task(t, 1)));
        outline.benchmarks().forEach(b -> choices.add(choice(ElementType.BENCHMARK, b.id(), b.description(), 1)));
        outline.risks().forEach(r -> choices.add(choice(ElementType.RISK, r.id(), r.description(), 1)));
        return choices;
    }

    public static Map<String, String> titles(List<ElementChoice> choices) {
        return choices.stream().collect(Collectors.toMap(ElementChoice::key, ElementChoice::title, (a, b) -> a));
    }

    private static ElementChoice task(TaskView task, int depth) {
        return choice(ElementType.TASK, task.id(), task.title(), depth);
    }

    private static ElementChoice choice(ElementType type, long id, String title, int depth) {
        return new ElementChoice(type.key(id), type, title, depth);
    }

    /** The title indented by its depth, for a select list. */
    public String indented() {
        return "\u00a0\u00a0".repeat(depth) + title;
    }
}
