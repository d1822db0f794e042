package org.missionplanner.planview.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.ShownVersion;
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
    private final PlanOutlines outlines;

    PlanTimelineController(PlanTimeline timelines, PlanOutlines outlines) {
        this.timelines = timelines;
        this.outlines = outlines;
    }

    @GetMapping("/plans/{planId}/timeline")
    String page(
            @PathVariable long planId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String version,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        ShownVersion shown = ShownVersion.parse(version);
        java.util.function.LongFunction<String> taskHref =
                taskId -> UriComponentsBuilder.fromPath(request.getContextPath())
                        .path("/plans/{planId}/tasks/{taskId}/in-outline")
                        .buildAndExpand(planId, taskId)
                        .toUriString();
        var timeline = shown.draft()
                ? timelines.timelinePage(planId, page, locale, taskHref)
                : timelines.timelinePageOf(outlines.outline(planId, shown), page, locale, taskHref);
        model.addAttribute("shownVersion", shown);
        model.addAttribute("versionBase", "/plans/" + planId + "/timeline");
        model.addAttribute("timeline", timeline);
        model.addAttribute("plan", timeline.plan());
        model.addAttribute("activeTab", "timeline");
        return "plans/timeline";
    }
}
