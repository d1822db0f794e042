package org.missionplanner.structure.web;

import java.util.List;
import org.missionplanner.structure.PostCategory;
import org.missionplanner.structure.StructureComparison;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** HQ comparison of mission structures side by side; missions the user may not see are left out. */
@Controller
class ComparisonController {

    private final StructureComparison comparison;

    ComparisonController(StructureComparison comparison) {
        this.comparison = comparison;
    }

    @GetMapping("/missions/compare")
    String compare(@RequestParam(required = false) List<Long> ids, Authentication authentication, Model model) {
        model.addAttribute("comparison", comparison.compare(ids == null ? List.of() : ids, authentication));
        model.addAttribute("selected", ids == null ? List.of() : ids);
        model.addAttribute("maxMissions", StructureComparison.MAX_MISSIONS);
        model.addAttribute("postCategories", PostCategory.values());
        return "structure/compare";
    }
}
