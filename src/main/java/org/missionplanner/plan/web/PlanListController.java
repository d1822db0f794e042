package org.missionplanner.plan.web;

import jakarta.validation.Valid;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanListItem;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanSummary;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans of a mission (its Plans tab), all the plans a user can see, and starting a plan. */
@Controller
class PlanListController {

    private final MissionCatalog missions;
    private final PlanQueries queries;
    private final PlanEditing editing;
    private final MissionAccess access;
    private final PlanOutlines outlines;

    PlanListController(
            MissionCatalog missions,
            PlanQueries queries,
            PlanEditing editing,
            MissionAccess access,
            PlanOutlines outlines) {
        this.missions = missions;
        this.queries = queries;
        this.editing = editing;
        this.access = access;
        this.outlines = outlines;
    }

    /** Every plan the user can see, each with its version in force beside its draft (one more statement). */
    @GetMapping("/plans")
    String allPlans(Authentication authentication, Model model) {
        var plans = queries.plansOfMissions(access.visibleMissions(authentication));
        model.addAttribute("plans", plans);
        model.addAttribute(
                "inForce",
                outlines.inForce(plans.stream()
                        .map(PlanListItem::plan)
                        .map(PlanSummary::id)
                        .toList()));
        return "plans/all";
    }

    @GetMapping("/missions/{missionId}/plans")
    String missionPlans(@PathVariable long missionId, Authentication authentication, Model model) {
        var plans = queries.plansOf(missionId);
        model.addAttribute("plans", plans);
        model.addAttribute(
                "inForce", outlines.inForce(plans.stream().map(PlanSummary::id).toList()));
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("canEdit", access.canEdit(missionId, authentication));
        model.addAttribute("activeTab", "plans");
        return "plans/list";
    }

    @GetMapping("/missions/{missionId}/plans/new")
    String newPlan(@PathVariable long missionId, Model model) {
        editing.checkCanCreate(missionId);
        model.addAttribute("planForm", PlanForm.empty());
        return form(missionId, model);
    }

    @PostMapping("/missions/{missionId}/plans")
    String create(
            @PathVariable long missionId,
            @Valid @ModelAttribute PlanForm planForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long planId = editing.createPlan(missionId, planForm.toDetails(), planForm.parentPlanId());
                redirect.addFlashAttribute("flashSuccess", "plan.created");
                return "redirect:/plans/" + planId;
            } catch (BusinessRuleException e) {
                FormErrors.reject(errors, e);
            }
        }
        editing.checkCanCreate(missionId);
        return form(missionId, model);
    }

    private String form(long missionId, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("parentPlans", queries.plansOf(missionId));
        model.addAttribute("activeTab", "plans");
        return "plans/plan-form";
    }
}
