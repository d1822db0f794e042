package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.missionplanner.plan.OutlineQueries;
import org.missionplanner.plan.PartKind;
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
    private final OutlineQueries outline;

    OutlinePartController(OutlinePages pages, OutlineQueries outline) {
        this.pages = pages;
        this.outline = outline;
    }

    /**
     * Where a task stands on the outline, for links from the other views: the whole outline of a
     * small plan, else the page of the task's objective (or of the unlinked tasks), at the task.
     */
    @GetMapping("/tasks/{taskId}/in-outline")
    String taskInOutline(@PathVariable long planId, @PathVariable long taskId) {
        String anchor = "#task-" + taskId;
        if (outline.counts(planId).total() <= OutlineQueries.WHOLE_UP_TO) {
            return "redirect:/plans/" + planId + anchor;
        }
        Long objectiveId = outline.objectiveOf(PartKind.TASK, planId, taskId);
        return "redirect:" + new OutlineRegion(objectiveId).url(planId) + anchor;
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
