package org.missionplanner.deployment.web;

import java.util.Locale;
import org.missionplanner.deployment.DeploymentMap;
import org.missionplanner.deployment.DeploymentOverview;
import org.missionplanner.deployment.Deployments;
import org.missionplanner.deployment.StrengthChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A mission's deployments page: the map of a year's locations with their table, the deployed
 * strength over the years against the authorised one, and the year's top contributors.
 */
@Controller
class DeploymentController {

    private final Deployments deployments;

    DeploymentController(Deployments deployments) {
        this.deployments = deployments;
    }

    @GetMapping("/missions/{missionId}/deployments")
    String deployments(
            @PathVariable long missionId, @RequestParam(required = false) Integer year, Model model, Locale locale) {
        DeploymentOverview overview = deployments.overview(missionId, year);
        model.addAttribute("overview", overview);
        model.addAttribute("mission", overview.mission());
        model.addAttribute("activeTab", "deployments");
        if (overview.hasData()) {
            model.addAttribute("map", DeploymentMap.of(overview.locations(), locale));
        }
        if (!overview.strength().isEmpty()) {
            model.addAttribute("chart", StrengthChart.of(overview.strength(), overview.authorisedUniformed()));
        }
        return "deployments/mission";
    }
}
