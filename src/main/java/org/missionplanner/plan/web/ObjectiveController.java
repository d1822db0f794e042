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

/** Adding, editing, reordering and deleting the objectives of a plan. */
@Controller
@RequestMapping("/plans/{planId}/objectives")
class ObjectiveController {

    private static final String HX = "HX-Request";

    private final PlanEditing editing;
    private final PlanQueries queries;
    private final OutlinePages pages;

    ObjectiveController(PlanEditing editing, PlanQueries queries, OutlinePages pages) {
        this.editing = editing;
        this.queries = queries;
        this.pages = pages;
    }

    @PostMapping
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute ObjectiveForm objectiveForm,
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
                () -> "objective-" + editing.add(PartKind.OBJECTIVE, planId, objectiveForm.toDetails()),
                "plan.objective.added",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @GetMapping("/{objectiveId}/edit")
    String edit(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute(
                "objectiveForm", ObjectiveForm.from(Elements.objective(queries.outline(planId), objectiveId)));
        return pages.form(planId, changing(planId, objectiveId), htmx, model);
    }

    @PostMapping("/{objectiveId}")
    String update(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @Valid @ModelAttribute ObjectiveForm objectiveForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                changing(planId, objectiveId),
                errors,
                () -> {
                    editing.update(
                            PartKind.OBJECTIVE,
                            planId,
                            objectiveId,
                            Versions.of(objectiveForm.version()),
                            objectiveForm.toDetails());
                    return "objective-" + objectiveId;
                },
                "plan.objective.saved",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @PostMapping("/{objectiveId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @RequestParam long version,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "outline",
                "plan.objective.deleted",
                () -> editing.delete(PartKind.OBJECTIVE, planId, objectiveId, version),
                htmx,
                authentication,
                model,
                redirect);
    }

    @PostMapping("/{objectiveId}/move")
    String move(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @RequestParam long version,
            @RequestParam Direction direction,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "objective-" + objectiveId,
                "plan.moved",
                () -> editing.move(PartKind.OBJECTIVE, planId, objectiveId, version, direction),
                htmx,
                authentication,
                model,
                redirect);
    }

    static ElementForm adding(long planId) {
        return new ElementForm(
                "objective",
                "objective-new",
                "/plans/" + planId + "/objectives",
                "plan.objective.new",
                true,
                "objectives-end");
    }

    private static ElementForm changing(long planId, long objectiveId) {
        return new ElementForm(
                "objective",
                "objective-" + objectiveId + "-form",
                "/plans/" + planId + "/objectives/" + objectiveId,
                "plan.objective.edit",
                false,
                "objective-" + objectiveId);
    }
}
