package org.missionplanner.history.web;

import java.util.Locale;
import org.missionplanner.history.History;
import org.missionplanner.history.HistoryWording;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.plan.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The history tabs of a mission, of its structure and of a plan: what changed, newest first. */
@Controller
class HistoryController {

    private final History history;
    private final HistoryWording wording;
    private final MissionCatalog missions;
    private final PlanQueries plans;

    HistoryController(History history, HistoryWording wording, MissionCatalog missions, PlanQueries plans) {
        this.history = history;
        this.wording = wording;
        this.missions = missions;
        this.plans = plans;
    }

    @GetMapping("/missions/{missionId}/history")
    String mission(@PathVariable long missionId, Locale locale, Model model) {
        model.addAttribute("lines", wording.lines(history.ofMission(missionId, History.MAX_ENTRIES), locale));
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("activeTab", "history");
        return "history/mission";
    }

    @GetMapping("/missions/{missionId}/structure/history")
    String structure(@PathVariable long missionId, Locale locale, Model model) {
        model.addAttribute("lines", wording.lines(history.ofStructure(missionId, History.MAX_ENTRIES), locale));
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("activeTab", "structure");
        return "history/structure";
    }

    @GetMapping("/plans/{planId}/history")
    String plan(@PathVariable long planId, Locale locale, Model model) {
        model.addAttribute("lines", wording.lines(history.ofPlan(planId, History.MAX_ENTRIES), locale));
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("activeTab", "history");
        return "history/plan";
    }
}
