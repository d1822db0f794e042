package org.missionplanner.comparison.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.missionplanner.comparison.ComparisonRequest;
import org.missionplanner.comparison.MissionComparison;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * HQ comparison of missions side by side ({@code /missions/compare?ids=1,2,3}, or {@code ids=1&ids=2}):
 * a plain GET form to choose them, then one column per mission. Ids that are not numbers or too many
 * ids give the form again with a message (400); missions the user may not see are left out and named.
 */
@Controller
class ComparisonController {

    private final MissionComparison comparison;

    ComparisonController(MissionComparison comparison) {
        this.comparison = comparison;
    }

    @GetMapping("/missions/compare")
    String compare(
            @RequestParam(name = "ids", required = false) List<String> ids,
            Authentication authentication,
            HttpServletResponse response,
            Model model) {
        ComparisonRequest request = ComparisonRequest.parse(ids);
        model.addAttribute("request", request);
        model.addAttribute("choices", comparison.choices(authentication));
        model.addAttribute("maxMissions", ComparisonRequest.MAX_MISSIONS);
        if (!request.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (!request.ids().isEmpty()) {
            model.addAttribute("comparison", comparison.compare(request, authentication));
        }
        return "comparison/compare";
    }
}
