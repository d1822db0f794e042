package org.missionplanner.mission.web;

import java.util.List;

import org.missionplanner.mission.Mission;
import org.missionplanner.mission.MissionCatalog;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/missions")
class MissionApiController {

    private final MissionCatalog missions;

    MissionApiController(MissionCatalog missions) {
        this.missions = missions;
    }

    record MissionSummary(long id, String acronym, String fullName) {

        static MissionSummary of(Mission mission) {
            return new MissionSummary(mission.getId(), mission.getAcronym(), mission.getFullName());
        }
    }

    record MissionPage(List<MissionSummary> items, int page, int size, long totalItems) {
    }

    @GetMapping
    MissionPage list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Authentication authentication) {
        var result = missions.search(q, authentication,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("acronym")));
        return new MissionPage(result.map(MissionSummary::of).getContent(), result.getNumber(), result.getSize(),
                result.getTotalElements());
    }

    @GetMapping("/{missionId}")
    MissionSummary get(@PathVariable long missionId) {
        return MissionSummary.of(missions.get(missionId));
    }
}
