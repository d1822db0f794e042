package org.missionplanner.history.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.missionplanner.history.History;
import org.missionplanner.history.HistoryWording;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recorded changes as JSON, newest first, each with its sentences and its field changes. */
@RestController
@Tag(name = "History", description = "Who changed what and when")
class HistoryApiController {

    private final History history;
    private final HistoryWording wording;

    HistoryApiController(History history, HistoryWording wording) {
        this.history = history;
        this.wording = wording;
    }

    @Operation(summary = "Changes to a mission, its mandate, structure, partnerships and plans")
    @GetMapping("/api/v1/missions/{missionId}/history")
    List<HistoryWording.Line> mission(
            @PathVariable long missionId,
            @RequestParam(defaultValue = "" + History.MAX_ENTRIES) int limit,
            Locale locale) {
        return wording.lines(history.ofMission(missionId, limit), locale);
    }

    @Operation(summary = "Changes to a mission's structure: units and reporting lines")
    @GetMapping("/api/v1/missions/{missionId}/structure/history")
    List<HistoryWording.Line> structure(
            @PathVariable long missionId,
            @RequestParam(defaultValue = "" + History.MAX_ENTRIES) int limit,
            Locale locale) {
        return wording.lines(history.ofStructure(missionId, limit), locale);
    }

    @Operation(summary = "Changes to a plan and every part of it")
    @GetMapping("/api/v1/plans/{planId}/history")
    List<HistoryWording.Line> plan(
            @PathVariable long planId,
            @RequestParam(defaultValue = "" + History.MAX_ENTRIES) int limit,
            Locale locale) {
        return wording.lines(history.ofPlan(planId, limit), locale);
    }
}
