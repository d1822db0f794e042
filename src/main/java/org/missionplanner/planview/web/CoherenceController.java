package org.missionplanner.planview.web;

import java.util.List;
import java.util.Locale;
import org.missionplanner.national.NationalActorKind;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.ShownVersion;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.planview.CoherenceReport;
import org.missionplanner.planview.PlanCoherence;
import org.missionplanner.planview.TaskFilter;
import org.missionplanner.shared.GroupPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coherence report of a plan as a dashboard, and the list of the tasks behind each of its figures. */
@Controller
@RequestMapping("/plans/{planId}")
class CoherenceController {

    static final int TASKS_PER_PAGE = 120;

    private final PlanCoherence coherence;
    private final PlanQueries queries;
    private final CoherenceCharts charts;
    private final PlanOutlines outlines;

    CoherenceController(PlanCoherence coherence, PlanQueries queries, CoherenceCharts charts, PlanOutlines outlines) {
        this.coherence = coherence;
        this.queries = queries;
        this.charts = charts;
        this.outlines = outlines;
    }

    @GetMapping("/coherence")
    String report(
            @PathVariable long planId, @RequestParam(required = false) String version, Model model, Locale locale) {
        ShownVersion shown = ShownVersion.parse(version);
        PlanOutline outline = shown.draft() ? queries.outline(planId) : outlines.outline(planId, shown);
        model.addAttribute("shownVersion", shown);
        model.addAttribute("versionBase", "/plans/" + planId + "/coherence");
        CoherenceReport report = coherence.reportOf(outline);
        model.addAttribute("plan", outline.plan());
        model.addAttribute("report", report);
        model.addAttribute("ownership", coherence.ownershipOf(outline));
        model.addAttribute("fundingChart", charts.funding(report, locale));
        model.addAttribute("dimensionChart", charts.dimensions(report, locale));
        model.addAttribute("horizonChart", charts.horizons(report, locale));
        model.addAttribute("statusChart", charts.statuses(planId, report.tasksByStatus(), locale));
        model.addAttribute("activeTab", "coherence");
        return "plans/coherence";
    }

    /**
     * The plan's tasks that one figure (or several combined) stands for; no parameter lists them all.
     * A page holds whole objectives, about {@link #TASKS_PER_PAGE} tasks ({@code page} from 0, clamped).
     */
    @GetMapping("/tasks")
    String tasks(
            @PathVariable long planId,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) Dimension dimension,
            @RequestParam(required = false) TimeHorizon horizon,
            @RequestParam(required = false) FundingSource funding,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String counterpart,
            @RequestParam(required = false) NationalActorKind counterpartKind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String version,
            Model model) {
        TaskFilter taskFilter = new TaskFilter(
                TaskFilter.Kind.parse(filter),
                dimension,
                horizon,
                funding,
                status,
                actor == null || actor.isBlank() ? null : actor.trim(),
                counterpart == null || counterpart.isBlank() ? null : counterpart.trim(),
                counterpartKind);
        ShownVersion shown = ShownVersion.parse(version);
        PlanCoherence.FilteredTasks found;
        if (shown.draft()) {
            found = coherence.tasks(planId, taskFilter);
        } else {
            found = coherence.tasksOf(outlines.outline(planId, shown), taskFilter);
        }
        model.addAttribute("shownVersion", shown);
        model.addAttribute("plan", found.outline().plan());
        List<List<TaskView>> runs = found.byObjective();
        GroupPages pages = GroupPages.of(runs.stream().map(List::size).toList(), TASKS_PER_PAGE, page);
        model.addAttribute("found", found);
        model.addAttribute("pages", pages);
        model.addAttribute(
                "pageTasks", pages.slice(runs).stream().flatMap(List::stream).toList());
        model.addAttribute("titles", TaskTitles.of(found.outline()));
        model.addAttribute("kinds", TaskFilter.Kind.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("horizons", TimeHorizon.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("activeTab", "coherence");
        return "plans/tasks";
    }
}
