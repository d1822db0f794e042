package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.missionplanner.plan.PlanEditing;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions on a kind of part that is added under another one, from an "add" link beside it: a
 * result or benchmark under an objective, an indicator under a result, a task under either.
 */
abstract class NestedPartController<F extends PartForm<D>, D> extends OrderedPartController<F, D> {

    NestedPartController(PartForms<F, D> forms, PlanEditing editing, OutlinePages pages, FormReader<F> reader) {
        super(forms, editing, pages, reader);
    }

    /**
     * The empty form, for the page (htmx) or on a page of its own. The "add" link names the parent
     * as the form does ({@code ?objectiveId=7}, {@code ?serves=result-7}), so the form binds it.
     */
    @PartMapping(method = RequestMethod.GET, path = "/new")
    String newForm(
            @PathVariable long planId,
            @ModelAttribute F link,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, redirect);
        }
        F form = forms.empty().apply(link);
        model.addAttribute(forms.formAttribute(), form);
        pages.cancelTo(pages.regionOfNew(forms, planId, form.parent()), planId, model);
        return pages.form(planId, forms.adding(planId, form.parent()), htmx, model);
    }
}
