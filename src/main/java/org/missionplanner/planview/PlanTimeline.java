package org.missionplanner.planview;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.missionplanner.plan.BenchmarkView;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The timeline of a plan, drawn from its outline (a fixed number of statements whatever its size). */
@Service
@Transactional(readOnly = true)
public class PlanTimeline {

    /** The picture, and what it cannot place: tasks and benchmarks without dates. */
    public record TimelineView(
            PlanView plan,
            TimelineSvg.Axis axis,
            TimelineSvg.Body body,
            LocalDate today,
            boolean todayShown,
            int datedTasks,
            List<TaskView> undatedTasks,
            List<BenchmarkView> undatedBenchmarks) {}

    private final PlanQueries queries;
    private final MessageSource messages;

    PlanTimeline(PlanQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** Draws the plan; {@code taskHref} gives the address a task's bar links to. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public TimelineView timeline(long planId, Locale locale, LongFunction<String> taskHref) {
        PlanOutline outline = queries.outline(planId);
        LocalDate today = queries.today();
        TimelineSvg.Drawing drawing =
                TimelineSvg.draw(outline, labels(outline.plan(), locale), locale, today, taskHref);
        List<TaskView> tasks = outline.allTasks();
        List<BenchmarkView> undatedBenchmarks = Stream.concat(
                        outline.objectives().stream().flatMap(o -> o.benchmarks().stream()),
                        outline.benchmarks().stream())
                .filter(b -> b.dueOn() == null)
                .toList();
        return new TimelineView(
                outline.plan(),
                drawing.axis(),
                drawing.body(),
                today,
                drawing.todayShown() != null,
                (int) tasks.stream().filter(TimelineSvg::isDated).count(),
                tasks.stream().filter(t -> !TimelineSvg.isDated(t)).toList(),
                undatedBenchmarks);
    }

    private TimelineSvg.Labels labels(PlanView plan, Locale locale) {
        Map<TimeHorizon, String> horizons = new EnumMap<>(TimeHorizon.class);
        for (TimeHorizon horizon : TimeHorizon.values()) {
            horizons.put(horizon, text("plan.horizon." + horizon, locale));
        }
        Map<Dimension, String> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension, text("plan.dimension." + dimension, locale));
        }
        return new TimelineSvg.Labels(
                messages.getMessage("plan.timeline.svg.title", new Object[] {plan.title()}, locale),
                text("plan.timeline.today", locale),
                text("plan.timeline.benchmarks", locale),
                text("plan.timeline.benchmark", locale),
                text("plan.timeline.transition", locale),
                text("plan.timeline.unlinked", locale),
                text("plan.timeline.planWide", locale),
                text("plan.timeline.noHorizon", locale),
                text("plan.timeline.outsidePeriod", locale),
                text("plan.timeline.achieved", locale),
                horizons,
                dimensions);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
