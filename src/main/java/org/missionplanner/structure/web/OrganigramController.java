package org.missionplanner.structure.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.missionplanner.shared.SvgFiles;
import org.missionplanner.structure.OrganigramService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A mission's organigram: the page (with the integration checks) and the SVG download, one template for both. */
@Controller
@RequestMapping("/missions/{missionId}")
class OrganigramController {

    private final OrganigramService organigrams;
    private final SvgFiles svgFiles;

    OrganigramController(OrganigramService organigrams, SvgFiles svgFiles) {
        this.organigrams = organigrams;
        this.svgFiles = svgFiles;
    }

    @GetMapping("/organigram")
    String page(
            @PathVariable long missionId,
            @RequestParam(defaultValue = "false") boolean fit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale,
            Model model) {
        var organigram =
                asOf == null ? organigrams.draw(missionId, locale) : organigrams.drawAsOf(missionId, asOf, locale);
        model.addAttribute("asOf", asOf);
        model.addAttribute("organigram", organigram);
        model.addAttribute("checks", organigram.checks());
        model.addAttribute("activeTab", "structure");
        model.addAttribute("fit", fit);
        return "structure/organigram";
    }

    @GetMapping("/organigram.svg")
    ResponseEntity<String> download(@PathVariable long missionId, Locale locale) {
        var organigram = organigrams.draw(missionId, locale);
        String file = organigram.acronym().replaceAll("[^A-Za-z0-9-]+", "_") + "-organigram.svg";
        return svgFiles.download(
                file, "structure/organigram-svg", "organigram", Map.of("drawing", organigram.drawing()), locale);
    }
}
