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

/** Adding, editing, reordering and deleting benchmarks, of an objective or of the whole plan. */
@Controller
@RequestMapping("/plans/{planId}/benchmarks")
class BenchmarkController {

    private static final String HX = "HX-Request";

    private final PlanEditing editing;
    private final PlanQueries queries;
    private final OutlinePages pages;

    BenchmarkController(PlanEditing editing, PlanQueries queries, OutlinePages pages) {
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
        model.addAttribute("benchmarkForm", BenchmarkForm.empty(objectiveId));
        return pages.form(planId, adding(planId, objectiveId), htmx, model);
    }

    @PostMapping
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute BenchmarkForm benchmarkForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                adding(planId, benchmarkForm.objectiveId()),
                errors,
                () -> "benchmark-" + editing.add(PartKind.BENCHMARK, planId, benchmarkForm.toDetails()),
                "plan.benchmark.added",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @GetMapping("/{benchmarkId}/edit")
    String edit(
            @PathVariable long planId,
            @PathVariable long benchmarkId,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        model.addAttribute(
                "benchmarkForm", BenchmarkForm.from(Elements.benchmark(queries.outline(planId), benchmarkId)));
        return pages.form(planId, changing(planId, benchmarkId), htmx, model);
    }

    @PostMapping("/{benchmarkId}")
    String update(
            @PathVariable long planId,
            @PathVariable long benchmarkId,
            @Valid @ModelAttribute BenchmarkForm benchmarkForm,
            BindingResult errors,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return pages.save(
                planId,
                changing(planId, benchmarkId),
                errors,
                () -> {
                    editing.update(
                            PartKind.BENCHMARK,
                            planId,
                            benchmarkId,
                            Versions.of(benchmarkForm.version()),
                            benchmarkForm.toDetails());
                    return "benchmark-" + benchmarkId;
                },
                "plan.benchmark.saved",
                htmx,
                authentication,
                model,
                redirect,
                response);
    }

    @PostMapping("/{benchmarkId}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable long benchmarkId,
            @RequestParam long version,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "outline",
                "plan.benchmark.deleted",
                () -> editing.delete(PartKind.BENCHMARK, planId, benchmarkId, version),
                htmx,
                authentication,
                model,
                redirect);
    }

    @PostMapping("/{benchmarkId}/move")
    String move(
            @PathVariable long planId,
            @PathVariable long benchmarkId,
            @RequestParam long version,
            @RequestParam Direction direction,
            @RequestHeader(name = HX, defaultValue = "false") boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                planId,
                "benchmark-" + benchmarkId,
                "plan.moved",
                () -> editing.move(PartKind.BENCHMARK, planId, benchmarkId, version, direction),
                htmx,
                authentication,
                model,
                redirect);
    }

    private static ElementForm adding(long planId, Long objectiveId) {
        return new ElementForm(
                "benchmark",
                "benchmark-new-" + (objectiveId == null ? "plan" : objectiveId),
                "/plans/" + planId + "/benchmarks",
                "plan.benchmark.new",
                true,
                "outline");
    }

    private static ElementForm changing(long planId, long benchmarkId) {
        return new ElementForm(
                "benchmark",
                "benchmark-" + benchmarkId + "-form",
                "/plans/" + planId + "/benchmarks/" + benchmarkId,
                "plan.benchmark.edit",
                false,
                "benchmark-" + benchmarkId);
    }
}
