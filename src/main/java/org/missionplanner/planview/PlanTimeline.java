package org.missionplanner.planview;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.missionplanner.shared.GroupPages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The timeline of a plan, drawn from its outline (a fixed number of statements whatever its size). */
@Service
@Transactional(readOnly = true)
public class PlanTimeline {

    /**
     * The picture (of one page of the plan), and what it cannot place: tasks and benchmarks without
     * dates. The counts and lists cover the whole plan.
     */
    public record TimelineView(
            PlanView plan,
            TimelineSvg.Axis axis,
            TimelineSvg.Body body,
            LocalDate today,
            boolean todayShown,
            int datedTasks,
            List<TaskView> undatedTasks,
            List<BenchmarkView> undatedBenchmarks,
            GroupPages pages) {}

    private final PlanQueries queries;
    private final MessageSource messages;

    PlanTimeline(PlanQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** About how many task rows a page of the timeline draws: whole objectives, never one cut in two. */
    public static final int TASKS_PER_PAGE = 120;

    /**
     * Draws one page of the plan: whole objectives, about {@link #TASKS_PER_PAGE} tasks, the unlinked
     * tasks and plan-wide benchmarks on the last page ({@code page} from 0, clamped); {@code taskHref}
     * gives the address a task's bar links to. The counts and the lists of undated tasks and
     * benchmarks cover the whole plan.
     */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public TimelineView timelinePage(long planId, int page, Locale locale, LongFunction<String> taskHref) {
        return timelinePageOf(queries.outline(planId), page, locale, taskHref);
    }

    /** The same, of an outline already read (such as a version of the plan). */
    @PreAuthorize("@planAccess.canView(#outline.plan().id(), authentication)")
    public TimelineView timelinePageOf(PlanOutline outline, int page, Locale locale, LongFunction<String> taskHref) {
        List<Integer> sizes = new ArrayList<>();
        outline.objectives().forEach(o -> sizes.add(o.allTasks().size() + 1));
        sizes.add(outline.unlinkedTasks().size() + 1);
        GroupPages pages = GroupPages.of(sizes, TASKS_PER_PAGE, page);
        boolean last = pages.isLast();
        int objectivesEnd = Math.min(pages.endGroup(), outline.objectives().size());
        PlanOutline shown = new PlanOutline(
                outline.plan(),
                outline.objectives().subList(Math.min(pages.firstGroup(), objectivesEnd), objectivesEnd),
                last ? outline.unlinkedTasks() : List.of(),
                last ? outline.benchmarks() : List.of(),
                outline.risks());
        return draw(outline, shown, pages, locale, taskHref);
    }

    private TimelineView draw(
            PlanOutline outline, PlanOutline shown, GroupPages pages, Locale locale, LongFunction<String> taskHref) {
        LocalDate today = queries.today();
        TimelineSvg.Drawing drawing = TimelineSvg.draw(shown, labels(outline.plan(), locale), locale, today, taskHref);
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
                undatedBenchmarks,
                pages);
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
