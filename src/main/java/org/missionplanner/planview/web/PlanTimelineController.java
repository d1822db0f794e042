package org.missionplanner.planview.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.missionplanner.planview.PlanTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A plan's timeline, a page of whole objectives at a time: tasks and benchmarks on the plan's period, drawn on the server as SVG. */
@Controller
class PlanTimelineController {

    private final PlanTimeline timelines;

    PlanTimelineController(PlanTimeline timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/plans/{planId}/timeline")
    String page(
            @PathVariable long planId,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        var timeline = timelines.timelinePage(
                planId,
                page,
                locale,
                taskId -> UriComponentsBuilder.fromPath(request.getContextPath())
                        .path("/plans/{planId}/tasks/{taskId}/in-outline")
                        .buildAndExpand(planId, taskId)
                        .toUriString());
        model.addAttribute("timeline", timeline);
        model.addAttribute("plan", timeline.plan());
        model.addAttribute("activeTab", "timeline");
        return "plans/timeline";
    }
}
