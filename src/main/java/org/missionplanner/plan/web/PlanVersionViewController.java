package org.missionplanner.plan.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.plan.OutlineFilter;
import org.missionplanner.plan.OutlineSummary;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.ShownVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outline and the risk register of a version of the plan ({@code ?version=approved}, the version
 * in force, or {@code ?version=3}), read-only, from the version's snapshot. Without the parameter
 * (or with {@code version=draft}) the editor of the working draft answers.
 */
@Controller
@RequestMapping("/plans/{planId}")
class PlanVersionViewController {

    private final PlanOutlines outlines;

    PlanVersionViewController(PlanOutlines outlines) {
        this.outlines = outlines;
    }

    @GetMapping(params = "version")
    String outline(@PathVariable long planId, @RequestParam String version, Model model) {
        ShownVersion shown = ShownVersion.parse(version);
        if (shown.draft()) {
            return "redirect:/plans/" + planId;
        }
        PlanOutline outline = outlines.outline(planId, shown);
        readOnlyOutline(outline, model);
        model.addAttribute("shownVersion", shown);
        model.addAttribute("versionBase", "/plans/" + planId);
        model.addAttribute("activeTab", "outline");
        return "plans/version-outline";
    }

    @GetMapping(path = "/risks", params = "version")
    String risks(@PathVariable long planId, @RequestParam String version, Model model) {
        ShownVersion shown = ShownVersion.parse(version);
        if (shown.draft()) {
            return "redirect:/plans/" + planId + "/risks";
        }
        PlanOutline outline = outlines.outline(planId, shown);
        model.addAttribute("outline", outline);
        model.addAttribute("plan", outline.plan());
        model.addAttribute("canEdit", false);
        model.addAttribute("comments", Map.of());
        OutlinePages.addEnumerations(model);
        model.addAttribute("shownVersion", shown);
        model.addAttribute("versionBase", "/plans/" + planId + "/risks");
        model.addAttribute("activeTab", "risks");
        return "plans/risks";
    }

    /** The model of the outline's tree for a version: all of it opened, nothing to edit, no comments. */
    static void readOnlyOutline(PlanOutline outline, Model model) {
        OutlineSummary summary = OutlineSummary.of(outline);
        model.addAttribute("outline", outline);
        model.addAttribute("plan", outline.plan());
        model.addAttribute("planId", outline.plan().id());
        model.addAttribute("summary", summary);
        model.addAttribute("counts", summary.counts());
        model.addAttribute("filter", OutlineFilter.none());
        model.addAttribute(
                "nodes",
                outline.objectives().stream()
                        .collect(Collectors.toMap(n -> n.objective().id(), Function.identity(), (a, b) -> a)));
        model.addAttribute("unlinked", outline.unlinkedTasks());
        model.addAttribute("canEdit", false);
        model.addAttribute("comments", Map.of());
        OutlinePages.addEnumerations(model);
    }
}
