package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * One part of the outline opened: an objective with its results, indicators, tasks and benchmarks,
 * or the tasks that serve no objective. htmx opens it in place on the outline; without JavaScript it
 * is a page of its own, where the actions on its elements lead back.
 */
@Controller
@RequestMapping("/plans/{planId}")
class OutlinePartController {

    private final OutlinePages pages;

    OutlinePartController(OutlinePages pages) {
        this.pages = pages;
    }

    @GetMapping("/objectives/{objectiveId}/outline")
    String objective(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            HtmxRequest htmx,
            Authentication authentication,
            Model model) {
        pages.objective(planId, objectiveId, authentication, model);
        return htmx.isHtmxRequest() ? OutlinePages.OBJECTIVE : "plans/outline-part";
    }

    @GetMapping("/unlinked-tasks")
    String unlinked(@PathVariable long planId, HtmxRequest htmx, Authentication authentication, Model model) {
        pages.unlinked(planId, authentication, model);
        return htmx.isHtmxRequest() ? OutlinePages.UNLINKED : "plans/outline-part";
    }
}
