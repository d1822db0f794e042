package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.plan.OutlineFilter;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's outline page, and its header: kind, title, period, shared vision and context. */
@Controller
@RequestMapping("/plans/{planId}")
class PlanController {

    private final PlanQueries queries;
    private final PlanEditing editing;
    private final OutlinePages pages;
    private final PlanChain chain;

    PlanController(PlanQueries queries, PlanEditing editing, OutlinePages pages, PlanChain chain) {
        this.queries = queries;
        this.editing = editing;
        this.pages = pages;
        this.chain = chain;
    }

    /**
     * The outline editor, or what it finds ({@code ?q=} words in the titles, {@code status} of the
     * tasks); an htmx request (a search, cancelling a form) gets the tree alone.
     */
    @GetMapping
    String outline(
            @PathVariable long planId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) TaskStatus status,
            HtmxRequest htmx,
            Authentication authentication,
            Model model) {
        pages.tree(planId, new OutlineFilter(q, status), authentication, model);
        return htmx.isHtmxRequest() ? OutlinePages.TREE : "plans/outline";
    }

    @GetMapping("/edit")
    String edit(@PathVariable long planId, Model model, RedirectAttributes redirect) {
        if (!editing.checkEditable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        PlanView plan = queries.plan(planId);
        model.addAttribute("planForm", PlanForm.from(plan, chain.parentOf(planId)));
        return form(plan, model);
    }

    @PostMapping
    String update(
            @PathVariable long planId,
            @Valid @ModelAttribute PlanForm planForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                editing.updatePlan(
                        planId,
                        planForm.version() == null ? -1 : planForm.version(),
                        planForm.toDetails(),
                        planForm.parentPlanId());
                redirect.addFlashAttribute("flashSuccess", "plan.saved");
                return "redirect:/plans/" + planId;
            } catch (BusinessRuleException e) {
                FormErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("plan.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        editing.checkEditable(planId);
        return form(queries.plan(planId), model);
    }

    @PostMapping("/delete")
    String delete(@PathVariable long planId, @RequestParam long version, RedirectAttributes redirect) {
        PlanView plan = queries.plan(planId);
        try {
            editing.deletePlan(planId, version);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "plan.conflict");
            return "redirect:/plans/" + planId;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/plans/" + planId;
        }
        redirect.addFlashAttribute("flashSuccess", "plan.deleted");
        return "redirect:/missions/" + plan.missionId() + "/plans";
    }

    private String form(PlanView plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute(
                "parentPlans",
                queries.plansOf(plan.missionId()).stream()
                        .filter(p -> p.id() != plan.id())
                        .toList());
        model.addAttribute("activeTab", "outline");
        return "plans/plan-edit";
    }
}
