package org.missionplanner.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan's register of risks and dilemmas: a table, with adding, editing and deleting in place. */
@Controller
@RequestMapping("/plans/{planId}/risks")
class RiskController {

    private static final String HX = "HX-Request";

    private final PlanEditing editing;
    private final PlanQueries queries;
    private final OutlinePages pages;

    RiskController(PlanEditing editing, PlanQueries queries, OutlinePages pages) {
        this.editing = editing;
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping
    String register(
            @PathVariable long planId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model) {
        pages.risks(planId, authentication, model);
        return htmx ? OutlinePages.REGISTER : "plans/risks";
    }

    @PostMapping
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute RiskForm riskForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                adding(planId),
                errors,
                () -> "risk-" + editing.add(PartKind.RISK, planId, riskForm.toDetails()),
                "plan.risk.added",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @GetMapping("/{riskId}/edit")
    String edit(
            @PathVariable long planId,
            @PathVariable long riskId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute("riskForm", RiskForm.from(Elements.risk(queries.outline(planId), riskId)));
        return pages.form(planId, changing(planId, riskId), htmx, model);
    }

    @PostMapping("/{riskId}")
    String update(
            @PathVariable long planId,
            @PathVariable long riskId,
            @Valid @ModelAttribute RiskForm riskForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                changing(planId, riskId),
                errors,
                () -> {
                    editing.update(
                            PartKind.RISK, planId, riskId, Versions.of(riskForm.version()), riskForm.toDetails());
                    return "risk-" + riskId;
                },
                "plan.risk.saved",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @PostMapping("/{riskId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long riskId,
            @RequestParam long version,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "risks",
                "plan.risk.deleted",
                () -> editing.delete(PartKind.RISK, planId, riskId, version),
                htmx,
                authentication,
                model,
                redirect);
    }

    static ElementForm adding(long planId) {
        return new ElementForm("risk", "risk-new", "/plans/" + planId + "/risks", "plan.risk.new", true, "risks");
    }

    private static ElementForm changing(long planId, long riskId) {
        return new ElementForm(
                "risk",
                "risk-" + riskId + "-form",
                "/plans/" + planId + "/risks/" + riskId,
                "plan.risk.edit",
                false,
                "risk-" + riskId);
    }
}
