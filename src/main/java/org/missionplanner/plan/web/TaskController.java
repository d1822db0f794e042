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

/** Adding, editing, reordering and deleting tasks: what serves which result or objective, who leads, supports and funds it. */
@Controller
@RequestMapping("/plans/{planId}/tasks")
class TaskController {

    private static final String HX = "HX-Request";

    private final PlanEditing editing;
    private final PlanQueries queries;
    private final OutlinePages pages;

    TaskController(PlanEditing editing, PlanQueries queries, OutlinePages pages) {
        this.editing = editing;
        this.queries = queries;
        this.pages = pages;
    }

    /** The empty form, for the outline (htmx) or on a page of its own. */
    @GetMapping("/new")
    String newForm(
            @PathVariable long planId,
            @RequestParam(required = false) String serves,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute("taskForm", TaskForm.empty(serves));
        return pages.form(planId, adding(planId, serves), htmx, model);
    }

    @PostMapping
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute TaskForm taskForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                adding(planId, taskForm.serves()),
                errors,
                () -> "task-" + editing.add(PartKind.TASK, planId, taskForm.toDetails()),
                "plan.task.added",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @GetMapping("/{taskId}/edit")
    String edit(
            @PathVariable long planId,
            @PathVariable long taskId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute("taskForm", TaskForm.from(Elements.task(queries.outline(planId), taskId)));
        return pages.form(planId, changing(planId, taskId), htmx, model);
    }

    @PostMapping("/{taskId}")
    String update(
            @PathVariable long planId,
            @PathVariable long taskId,
            @Valid @ModelAttribute TaskForm taskForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                changing(planId, taskId),
                errors,
                () -> {
                    editing.update(
                            PartKind.TASK, planId, taskId, Versions.of(taskForm.version()), taskForm.toDetails());
                    return "task-" + taskId;
                },
                "plan.task.saved",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @PostMapping("/{taskId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long taskId,
            @RequestParam long version,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "outline",
                "plan.task.deleted",
                () -> editing.delete(PartKind.TASK, planId, taskId, version),
                htmx,
                authentication,
                model,
                redirect);
    }

    @PostMapping("/{taskId}/move")
    String move(
            @PathVariable long planId,
            @PathVariable long taskId,
            @RequestParam long version,
            @RequestParam Direction direction,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "task-" + taskId,
                "plan.moved",
                () -> editing.move(PartKind.TASK, planId, taskId, version, direction),
                htmx,
                authentication,
                model,
                redirect);
    }

    private static ElementForm adding(long planId, String serves) {
        return new ElementForm(
                "task",
                "task-new-" + (serves == null || serves.isBlank() ? "unlinked" : serves),
                "/plans/" + planId + "/tasks",
                "plan.task.new",
                true,
                "outline");
    }

    private static ElementForm changing(long planId, long taskId) {
        return new ElementForm(
                "task",
                "task-" + taskId + "-form",
                "/plans/" + planId + "/tasks/" + taskId,
                "plan.task.edit",
                false,
                "task-" + taskId);
    }
}
