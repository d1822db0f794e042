package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.missionplanner.plan.DeletionImpact;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outline editor's actions on a part of a plan, the same for every kind: adding one, the form
 * to change one, changing and deleting it. A kind's controller gives its {@link PartForms} and how
 * one part is read into its form; {@link PartRoutes} maps these methods under the kind's URLs
 * ({@code POST /plans/{planId}/tasks}, {@code GET /plans/{planId}/tasks/{taskId}/edit}...). Every
 * action answers an htmx request with a part of the page and a plain form with a redirect: see
 * {@link OutlinePages}.
 */
abstract class PartController<F extends PartForm<D>, D> implements PartRouted {

    /** Reads one part of a plan, and only that part, into its form. */
    @FunctionalInterface
    interface FormReader<F> {

        F read(long planId, long partId);
    }

    final PartForms<F, D> forms;
    final PlanEditing editing;
    final OutlinePages pages;
    private final FormReader<F> reader;

    PartController(PartForms<F, D> forms, PlanEditing editing, OutlinePages pages, FormReader<F> reader) {
        this.forms = forms;
        this.editing = editing;
        this.pages = pages;
        this.reader = reader;
    }

    @Override
    public String path() {
        return forms.path();
    }

    @Override
    public PartKind<?, D> kind() {
        return forms.kind();
    }

    @PartMapping(method = RequestMethod.POST)
    String add(
            @PathVariable long planId,
            @Valid @ModelAttribute F form,
            BindingResult errors,
            HtmxRequest htmx,
            HtmxResponse htmxResponse,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long[] added = new long[1];
        return pages.save(
                planId,
                forms.adding(planId, form.parent()),
                errors,
                () -> {
                    added[0] = addPart(planId, form);
                    return forms.anchor(added[0]);
                },
                anchor -> pages.regionOf(forms, planId, added[0]),
                forms.message("added"),
                new Reply(htmx, htmxResponse, authentication, model, redirect, response),
                null);
    }

    /** The form of one part, for the page (htmx) or on a page of its own. */
    @PartMapping(method = RequestMethod.GET, path = "/{id}/edit")
    String edit(
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        long partId = partId(path);
        model.addAttribute(forms.formAttribute(), reader.read(planId, partId));
        pages.cancelTo(pages.regionOf(forms, planId, partId), planId, model);
        return pages.form(planId, forms.changing(planId, partId), htmx, model);
    }

    @PartMapping(method = RequestMethod.POST, path = "/{id}")
    String update(
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            @Valid @ModelAttribute F form,
            BindingResult errors,
            HtmxRequest htmx,
            HtmxResponse htmxResponse,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long partId = partId(path);
        OutlineRegion before = pages.regionOf(forms, planId, partId);
        OutlineRegion[] after = new OutlineRegion[1];
        return pages.save(
                planId,
                forms.changing(planId, partId),
                errors,
                () -> {
                    updatePart(planId, partId, form);
                    return forms.anchor(partId);
                },
                anchor -> {
                    after[0] = pages.regionOf(forms, planId, partId);
                    return Objects.equals(before, after[0]) ? after[0] : null;
                },
                forms.message("saved"),
                new Reply(htmx, htmxResponse, authentication, model, redirect, response),
                redrawOfChange(planId, partId, before, () -> after[0]));
    }

    /**
     * What an htmx answer to a change redraws besides the usual: when the part left its section of
     * the outline for another (a task now serving another objective), the two sections.
     */
    OutlinePages.Redraw redrawOfChange(long planId, long partId, OutlineRegion before, Supplier<OutlineRegion> after) {
        return (refused, reply) -> before != null && after.get() != null && !before.equals(after.get())
                ? pages.moved(planId, before, after.get(), reply)
                : null;
    }

    /** What an htmx answer to deleting a part redraws besides the usual: nothing but for an objective. */
    OutlinePages.Redraw redrawOfDelete(long planId, long partId) {
        return null;
    }

    /**
     * Asks before deleting a part, saying what goes with it (an objective's results, indicators and
     * their measurements) and what stays unlinked: inline for htmx, as a page of its own without
     * JavaScript.
     */
    @PartMapping(method = RequestMethod.GET, path = "/{id}/delete")
    String confirmDelete(
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            @RequestParam(required = false) Long version,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        long partId = partId(path);
        ElementForm form = forms.changing(planId, partId);
        DeletionImpact impact = editing.impactOfDeleting(forms.kind(), planId, partId);
        model.addAttribute("impact", impact);
        model.addAttribute("deleteAction", form.action() + "/delete");
        // the version the planner saw on the outline, so that a change since is a conflict on delete
        model.addAttribute("version", version == null ? impact.version() : version);
        model.addAttribute("back", form.back());
        if (htmx.isHtmxRequest()) {
            return "plans/delete-confirm :: box";
        }
        model.addAttribute("plan", pages.plan(planId));
        model.addAttribute("activeTab", form.page().tab());
        return "plans/delete-confirm";
    }

    /** Saves a new part; a kind that saves more than its details with it says so here. */
    long addPart(long planId, F form) {
        return editing.add(forms.kind(), planId, form.toDetails());
    }

    /** Saves a changed part; a kind that saves more than its details with it says so here. */
    void updatePart(long planId, long partId, F form) {
        editing.update(forms.kind(), planId, partId, Versions.of(form.version()), form.toDetails());
    }

    @PartMapping(method = RequestMethod.POST, path = "/{id}/delete")
    String delete(
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            @RequestParam long version,
            HtmxRequest htmx,
            HtmxResponse htmxResponse,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long partId = partId(path);
        OutlineRegion region = pages.regionOf(forms, planId, partId);
        return pages.act(
                planId,
                forms.page(),
                region,
                region == null ? forms.page().anchor() : region.id(),
                forms.message("deleted"),
                () -> editing.delete(forms.kind(), planId, partId, version),
                new Reply(htmx, htmxResponse, authentication, model, redirect, response),
                redrawOfDelete(planId, partId));
    }
}
