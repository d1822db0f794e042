package org.missionplanner.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanEditing.Direction;
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

/** Adding, editing, reordering and deleting the indicators of a result. */
@Controller
@RequestMapping("/plans/{planId}/indicators")
class IndicatorController {

    private static final String HX = "HX-Request";

    private final PlanEditing editing;
    private final PlanQueries queries;
    private final OutlinePages pages;

    IndicatorController(PlanEditing editing, PlanQueries queries, OutlinePages pages) {
        this.editing = editing;
        this.queries = queries;
        this.pages = pages;
    }

    /** The empty form, for the outline (htmx) or on a page of its own. */
    @GetMapping("/new")
    String newForm(
            @PathVariable long planId,
            @RequestParam(required = false) Long resultId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute("indicatorForm", IndicatorForm.empty(resultId));
        return pages.form(planId, adding(planId, resultId), htmx, model);
    }

    @PostMapping
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute IndicatorForm indicatorForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                adding(planId, indicatorForm.resultId()),
                errors,
                () -> "indicator-" + editing.add(PartKind.INDICATOR, planId, indicatorForm.toDetails()),
                "plan.indicator.added",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @GetMapping("/{indicatorId}/edit")
    String edit(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute(
                "indicatorForm", IndicatorForm.from(Elements.indicator(queries.outline(planId), indicatorId)));
        return pages.form(planId, changing(planId, indicatorId), htmx, model);
    }

    @PostMapping("/{indicatorId}")
    String update(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @Valid @ModelAttribute IndicatorForm indicatorForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                changing(planId, indicatorId),
                errors,
                () -> {
                    editing.update(
                            PartKind.INDICATOR,
                            planId,
                            indicatorId,
                            Versions.of(indicatorForm.version()),
                            indicatorForm.toDetails());
                    return "indicator-" + indicatorId;
                },
                "plan.indicator.saved",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @PostMapping("/{indicatorId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @RequestParam long version,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "outline",
                "plan.indicator.deleted",
                () -> editing.delete(PartKind.INDICATOR, planId, indicatorId, version),
                htmx,
                authentication,
                model,
                redirect);
    }

    @PostMapping("/{indicatorId}/move")
    String move(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @RequestParam long version,
            @RequestParam Direction direction,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "indicator-" + indicatorId,
                "plan.moved",
                () -> editing.move(PartKind.INDICATOR, planId, indicatorId, version, direction),
                htmx,
                authentication,
                model,
                redirect);
    }

    private static ElementForm adding(long planId, Long resultId) {
        return new ElementForm(
                "indicator",
                "indicator-new-" + (resultId == null ? "none" : resultId),
                "/plans/" + planId + "/indicators",
                "plan.indicator.new",
                true,
                "outline");
    }

    private static ElementForm changing(long planId, long indicatorId) {
        return new ElementForm(
                "indicator",
                "indicator-" + indicatorId + "-form",
                "/plans/" + planId + "/indicators/" + indicatorId,
                "plan.indicator.edit",
                false,
                "indicator-" + indicatorId);
    }
}
