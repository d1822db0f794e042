package org.missionplanner.mission.web;

import java.util.List;
import org.missionplanner.mission.Mandates;
import org.missionplanner.mission.ResolutionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A mission's resolutions, newest first, each with its tasks and whether it is the mandate in force. */
@RestController
class ResolutionApiController {

    private final Mandates mandates;

    ResolutionApiController(Mandates mandates) {
        this.mandates = mandates;
    }

    @GetMapping("/api/v1/missions/{missionId}/resolutions")
    List<ResolutionView> resolutions(@PathVariable long missionId) {
        return mandates.overview(missionId).history();
    }
}
