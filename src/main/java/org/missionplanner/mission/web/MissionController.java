package org.missionplanner.mission.web;

import org.missionplanner.mission.MissionCatalog;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/missions")
class MissionController {

    private static final int PAGE_SIZE = 20;

    private final MissionCatalog missions;

    MissionController(MissionCatalog missions) {
        this.missions = missions;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            Authentication authentication, Model model) {
        var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("acronym"));
        model.addAttribute("q", q);
        model.addAttribute("missions", missions.search(q, authentication, pageable));
        return "missions/list";
    }

    @GetMapping("/{missionId}")
    String detail(@PathVariable long missionId, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("activeTab", "overview");
        return "missions/detail";
    }
}
