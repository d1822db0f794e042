package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanEditing.Direction;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The actions on a kind of part that the planner also moves up and down on the outline. */
abstract class OrderedPartController<F extends PartForm<D>, D> extends PartController<F, D> {

    OrderedPartController(PartForms<F, D> forms, PlanEditing editing, OutlinePages pages, FormReader<F> reader) {
        super(forms, editing, pages, reader);
    }

    @PartMapping(method = RequestMethod.POST, path = "/{id}/move")
    String move(
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            @RequestParam long version,
            @RequestParam Direction direction,
            HtmxRequest htmx,
            HtmxResponse htmxResponse,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long partId = partId(path);
        return pages.act(
                planId,
                forms.page(),
                pages.regionOf(forms, planId, partId),
                forms.anchor(partId),
                "plan.moved",
                () -> editing.move(forms.kind(), planId, partId, version, direction),
                new Reply(htmx, htmxResponse, authentication, model, redirect, response),
                redrawOfMove(planId, partId, direction));
    }

    /** What an htmx answer to a move redraws besides the usual (the part's section): nothing but for an objective. */
    OutlinePages.Redraw redrawOfMove(long planId, long partId, Direction direction) {
        return null;
    }
}
