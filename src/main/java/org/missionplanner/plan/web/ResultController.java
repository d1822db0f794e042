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

/** Adding, editing, reordering and deleting the results under an objective. */
@Controller
@RequestMapping("/plans/{planId}/results")
class ResultController {

    private static final String HX = "HX-Request";

    private final PlanEditing editing;
    private final PlanQueries queries;
    private final OutlinePages pages;

    ResultController(PlanEditing editing, PlanQueries queries, OutlinePages pages) {
        this.editing = editing;
        this.queries = queries;
        this.pages = pages;
    }

    /** The empty form, for the outline (htmx) or on a page of its own. */
    @GetMapping("/new")
    String newForm(
            @PathVariable long planId,
            @RequestParam(required = false) Long objectiveId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute("resultForm", ResultForm.empty(objectiveId));
        return pages.form(planId, adding(planId, objectiveId), htmx, model);
    }

    @PostMapping
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute ResultForm resultForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                adding(planId, resultForm.objectiveId()),
                errors,
                () -> "result-" + editing.add(PartKind.RESULT, planId, resultForm.toDetails()),
                "plan.result.added",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @GetMapping("/{resultId}/edit")
    String edit(
            @PathVariable long planId,
            @PathVariable long resultId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute("resultForm", ResultForm.from(Elements.result(queries.outline(planId), resultId)));
        return pages.form(planId, changing(planId, resultId), htmx, model);
    }

    @PostMapping("/{resultId}")
    String update(
            @PathVariable long planId,
            @PathVariable long resultId,
            @Valid @ModelAttribute ResultForm resultForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                changing(planId, resultId),
                errors,
                () -> {
                    editing.update(
                            PartKind.RESULT,
                            planId,
                            resultId,
                            Versions.of(resultForm.version()),
                            resultForm.toDetails());
                    return "result-" + resultId;
                },
                "plan.result.saved",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @PostMapping("/{resultId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long resultId,
            @RequestParam long version,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "outline",
                "plan.result.deleted",
                () -> editing.delete(PartKind.RESULT, planId, resultId, version),
                htmx,
                authentication,
                model,
                redirect);
    }

    @PostMapping("/{resultId}/move")
    String move(
            @PathVariable long planId,
            @PathVariable long resultId,
            @RequestParam long version,
            @RequestParam Direction direction,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "result-" + resultId,
                "plan.moved",
                () -> editing.move(PartKind.RESULT, planId, resultId, version, direction),
                htmx,
                authentication,
                model,
                redirect);
    }

    private static ElementForm adding(long planId, Long objectiveId) {
        return new ElementForm(
                "result",
                "result-new-" + (objectiveId == null ? "none" : objectiveId),
                "/plans/" + planId + "/results",
                "plan.result.new",
                true,
                "outline");
    }

    private static ElementForm changing(long planId, long resultId) {
        return new ElementForm(
                "result",
                "result-" + resultId + "-form",
                "/plans/" + planId + "/results/" + resultId,
                "plan.result.edit",
                false,
                "result-" + resultId);
    }
}
