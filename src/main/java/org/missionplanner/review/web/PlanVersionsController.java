package org.missionplanner.review.web;

import org.missionplanner.plan.PlanQueries;
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

    PlanVersionsController(PlanQueries plans, ReviewQueries queries) {
        this.plans = plans;
        this.queries = queries;
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
