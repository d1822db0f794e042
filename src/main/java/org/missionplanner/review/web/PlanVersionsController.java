package org.missionplanner.review.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.plan.Dilemma;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.IndicatorFrequency;
import org.missionplanner.plan.OutlineFilter;
import org.missionplanner.plan.OutlineSummary;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.RiskLevel;
import org.missionplanner.plan.ShownVersion;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.review.ReviewQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's version history, and what changed between two versions or since the approved one. */
@Controller
@RequestMapping("/plans/{planId}")
class PlanVersionsController {

    private final PlanQueries plans;
    private final ReviewQueries queries;
    private final PlanOutlines outlines;

    PlanVersionsController(PlanQueries plans, ReviewQueries queries, PlanOutlines outlines) {
        this.plans = plans;
        this.queries = queries;
        this.outlines = outlines;
    }

    /** The history; with {@code a} and {@code b} (the compare form, which works without JavaScript), their comparison. */
    @GetMapping("/versions")
    String versions(
            @PathVariable long planId,
            @RequestParam(required = false) Integer a,
            @RequestParam(required = false) Integer b,
            Model model) {
        if (a != null && b != null) {
            return "redirect:/plans/" + planId + "/versions/" + a + "/compare/" + b;
        }
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("versions", queries.versions(planId));
        model.addAttribute("activeTab", "versions");
        return "plans/versions";
    }

    /** One version, read-only: its outline as submitted, who submitted it, who decided and why. */
    @GetMapping("/versions/{number}")
    String version(@PathVariable long planId, @PathVariable int number, Model model) {
        var summary = queries.version(planId, number);
        ShownVersion shown = ShownVersion.number(number);
        PlanOutline outline = outlines.outline(planId, shown);
        OutlineSummary tree = OutlineSummary.of(outline);
        model.addAttribute("versionSummary", summary);
        model.addAttribute("shownVersion", shown);
        model.addAttribute("outline", outline);
        model.addAttribute("plan", outline.plan());
        model.addAttribute("planId", planId);
        model.addAttribute("summary", tree);
        model.addAttribute("counts", tree.counts());
        model.addAttribute("filter", OutlineFilter.none());
        model.addAttribute(
                "nodes",
                outline.objectives().stream()
                        .collect(Collectors.toMap(n -> n.objective().id(), Function.identity(), (x, y) -> x)));
        model.addAttribute("unlinked", outline.unlinkedTasks());
        model.addAttribute("canEdit", false);
        model.addAttribute("comments", Map.of());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("frequencies", IndicatorFrequency.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("horizons", TimeHorizon.values());
        model.addAttribute("taskStatuses", TaskStatus.values());
        model.addAttribute("dilemmas", Dilemma.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("activeTab", "versions");
        return "plans/version-outline";
    }

    @GetMapping("/versions/{a}/compare/{b}")
    String compare(@PathVariable long planId, @PathVariable int a, @PathVariable int b, Model model) {
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("comparison", queries.compare(planId, a, b));
        model.addAttribute("activeTab", "versions");
        return "plans/compare";
    }

    @GetMapping("/compare-approved")
    String compareWithApproved(@PathVariable long planId, Model model) {
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("comparison", queries.compareWithApproved(planId).orElse(null));
        model.addAttribute("activeTab", "versions");
        return "plans/compare";
    }
}
