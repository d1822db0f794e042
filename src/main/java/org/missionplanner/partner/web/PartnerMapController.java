package org.missionplanner.partner.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.MissionView;
import org.missionplanner.partner.PartnerMap;
import org.missionplanner.partner.PartnershipView;
import org.missionplanner.partner.Partnerships;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.SvgFiles;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A mission's partners: the partner map with the list of partnerships, and the same map as an SVG download. */
@Controller
@RequestMapping("/missions/{missionId}/partners")
class PartnerMapController {

    private final MissionCatalog missions;
    private final Partnerships partnerships;
    private final MissionAccess access;
    private final MessageSource messages;
    private final SvgFiles svgFiles;

    PartnerMapController(
            MissionCatalog missions,
            Partnerships partnerships,
            MissionAccess access,
            MessageSource messages,
            SvgFiles svgFiles) {
        this.missions = missions;
        this.partnerships = partnerships;
        this.access = access;
        this.messages = messages;
        this.svgFiles = svgFiles;
    }

    /** The partners, all of them or as they stood on a day ({@code ?on=YYYY-MM-DD}) with the arrangement of that day. */
    @GetMapping
    String page(
            @PathVariable long missionId,
            @RequestParam(name = "on", required = false) String on,
            Authentication authentication,
            Locale locale,
            Model model) {
        MissionView mission = missions.get(missionId);
        List<PartnershipView> all = partnerships.ofMission(missionId);
        LocalDate day = day(on);
        List<PartnershipView> list = day == null ? all : on(all, day);
        model.addAttribute("mission", mission);
        model.addAttribute("missionId", missionId);
        model.addAttribute("partnerships", list);
        model.addAttribute("on", day);
        model.addAttribute("badDate", on != null && !on.isBlank() && day == null);
        model.addAttribute("allCount", all.size());
        model.addAttribute(
                "notMetCount", list.stream().filter(PartnershipView::anyNotMet).count());
        model.addAttribute("partnerMap", draw(mission, list, locale));
        model.addAttribute("canEdit", access.canEdit(missionId, authentication));
        model.addAttribute("activeTab", "partners");
        return "partners/map";
    }

    @GetMapping("/map.svg")
    ResponseEntity<String> download(
            @PathVariable long missionId, @RequestParam(name = "on", required = false) String on, Locale locale) {
        MissionView mission = missions.get(missionId);
        List<PartnershipView> all = partnerships.ofMission(missionId);
        LocalDate day = day(on);
        PartnerMap map = draw(mission, day == null ? all : on(all, day), locale);
        String file = mission.acronym().replaceAll("[^A-Za-z0-9-]+", "_") + "-partner-map"
                + (day == null ? "" : "-" + day) + ".svg";
        return svgFiles.download(file, "partners/map-svg", "partnerMap", Map.of("map", map), locale);
    }

    private static List<PartnershipView> on(List<PartnershipView> all, LocalDate day) {
        return all.stream().flatMap(p -> p.on(day).stream()).toList();
    }

    /** The day asked for, or null when none or not a date (the page then says so and shows all). */
    private static LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private PartnerMap draw(MissionView mission, List<PartnershipView> list, Locale locale) {
        return PartnerMap.of(
                mission.acronym(), mission.fullName(), list, key -> messages.getMessage(key, null, key, locale));
    }
}
