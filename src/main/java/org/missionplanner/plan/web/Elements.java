package org.missionplanner.plan.web;

import java.util.Optional;
import java.util.stream.Stream;
import org.missionplanner.plan.BenchmarkView;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.ResultView;
import org.missionplanner.plan.RiskView;
import org.missionplanner.plan.TaskView;
import org.missionplanner.shared.NotFoundException;

/** Finds one element of a plan in its outline, or answers "not found". */
final class Elements {

    private Elements() {}

    static ObjectiveView objective(PlanOutline outline, long id) {
        return found(
                outline.objectives().stream()
                        .map(PlanOutline.ObjectiveNode::objective)
                        .filter(o -> o.id() == id)
                        .findFirst(),
                "Objective",
                id);
    }

    static ResultView result(PlanOutline outline, long id) {
        return found(outline.allResults().stream().filter(r -> r.id() == id).findFirst(), "Result", id);
    }

    static IndicatorView indicator(PlanOutline outline, long id) {
        return found(outline.allIndicators().stream().filter(i -> i.id() == id).findFirst(), "Indicator", id);
    }

    static BenchmarkView benchmark(PlanOutline outline, long id) {
        return found(
                Stream.concat(
                                outline.objectives().stream().flatMap(o -> o.benchmarks().stream()),
                                outline.benchmarks().stream())
                        .filter(b -> b.id() == id)
                        .findFirst(),
                "Benchmark",
                id);
    }

    static TaskView task(PlanOutline outline, long id) {
        return found(outline.allTasks().stream().filter(t -> t.id() == id).findFirst(), "Task", id);
    }

    static RiskView risk(PlanOutline outline, long id) {
        return found(outline.risks().stream().filter(r -> r.id() == id).findFirst(), "Risk", id);
    }

    private static <T> T found(Optional<T> element, String what, long id) {
        return element.orElseThrow(() -> new NotFoundException(what, id));
    }
}
