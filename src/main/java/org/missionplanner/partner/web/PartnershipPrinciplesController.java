package org.missionplanner.partner.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.partner.Assessment;
import org.missionplanner.partner.MissionPartnership;
import org.missionplanner.partner.Partnerships;
import org.missionplanner.partner.Principle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership principles across missions (headquarters): how often each principle is met,
 * and where one is not ("where is complementarity not met?"), grouped by organisation.
 */
@Controller
class PartnershipPrinciplesController {

    private final Partnerships partnerships;

    PartnershipPrinciplesController(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships")
    String page(
            @RequestParam(required = false) Principle principle,
            @RequestParam(required = false) Assessment assessment,
            Authentication authentication,
            Model model) {
        List<MissionPartnership> all = partnerships.acrossMissions(authentication);
        Map<Principle, Map<Assessment, Long>> counts = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            Map<Assessment, Long> byAssessment = new EnumMap<>(Assessment.class);
            for (Assessment a : Assessment.values()) {
                byAssessment.put(
                        a,
                        all.stream()
                                .filter(m -> m.assessmentOf(p).assessment() == a)
                                .count());
            }
            counts.put(p, byAssessment);
        }
        List<MissionPartnership> shown = all.stream()
                .filter(m -> principle == null
                        || assessment == null
                        || m.assessmentOf(principle).assessment() == assessment)
                .filter(m -> principle != null
                        || assessment == null
                        || m.partnership().principles().stream().anyMatch(p -> p.assessment() == assessment))
                .toList();
        Map<String, List<MissionPartnership>> byOrganisation = new LinkedHashMap<>();
        shown.forEach(m -> byOrganisation
                .computeIfAbsent(m.partnership().acronym(), k -> new java.util.ArrayList<>())
                .add(m));
        model.addAttribute("counts", counts);
        model.addAttribute("principles", Principle.values());
        model.addAttribute("assessments", Assessment.values());
        model.addAttribute("principle", principle);
        model.addAttribute("assessment", assessment);
        model.addAttribute("byOrganisation", byOrganisation);
        model.addAttribute("shownCount", shown.size());
        model.addAttribute("totalCount", all.size());
        return "partners/principles";
    }
}
