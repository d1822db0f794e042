package org.missionplanner.deployment.web;

import jakarta.servlet.http.HttpServletResponse;
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

    /**
     * The year is read here rather than bound as a number, so that a year that is no number answers
     * 400 with this page (the latest year) and a message beside the selector.
     */
    @GetMapping("/missions/{missionId}/deployments")
    String deployments(
            @PathVariable long missionId,
            @RequestParam(required = false) String year,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Integer asked = null;
        if (year != null && !year.isBlank()) {
            if (year.trim().matches("[0-9]{1,4}")) {
                asked = Integer.valueOf(year.trim());
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("yearError", year.length() > 20 ? year.substring(0, 20) + "…" : year);
            }
        }
        DeploymentOverview overview = deployments.overview(missionId, asked);
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
