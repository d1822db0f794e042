package org.missionplanner.structure.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.missionplanner.structure.OrganigramService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A mission's organigram: the page (with the integration checks) and the SVG download. */
@Controller
@RequestMapping("/missions/{missionId}")
class OrganigramController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final OrganigramService organigrams;

    OrganigramController(OrganigramService organigrams) {
        this.organigrams = organigrams;
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
        return ResponseEntity.ok()
                .contentType(new MediaType(SVG, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + organigram.svg());
    }
}
