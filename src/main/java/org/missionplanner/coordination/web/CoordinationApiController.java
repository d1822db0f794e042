package org.missionplanner.coordination.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.coordination.ActionStatus;
import org.missionplanner.coordination.ActionView;
import org.missionplanner.coordination.BodySummary;
import org.missionplanner.coordination.CoordinationEditing;
import org.missionplanner.coordination.CoordinationQueries;
import org.missionplanner.coordination.MeetingView;
import org.missionplanner.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A mission's coordination bodies, their meetings and its action items, as JSON. */
@RestController
@RequestMapping("/api/v1/missions/{missionId}")
class CoordinationApiController {

    private final CoordinationQueries queries;
    private final CoordinationEditing editing;

    CoordinationApiController(CoordinationQueries queries, CoordinationEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    /** The bodies with their chair and members. */
    @GetMapping("/coordination-bodies")
    List<BodySummary> bodies(@PathVariable long missionId) {
        return queries.bodies(missionId);
    }

    /** Creates a body; chair and members are keys such as "unit-12" or "organisation-5". */
    @PostMapping("/coordination-bodies")
    ResponseEntity<BodySummary> create(@PathVariable long missionId, @Valid @RequestBody BodyForm request) {
        long bodyId = editing.createBody(missionId, request.toDetails());
        BodySummary body = queries.bodies(missionId).stream()
                .filter(b -> b.id() == bodyId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Coordination body", bodyId));
        return ResponseEntity.created(URI.create("/api/v1/missions/" + missionId + "/coordination-bodies/" + bodyId))
                .body(body);
    }

    /** A body's meetings, latest first, with decisions and action items. */
    @GetMapping("/coordination-bodies/{bodyId}/meetings")
    List<MeetingView> meetings(@PathVariable long missionId, @PathVariable long bodyId) {
        return queries.body(missionId, bodyId).meetings();
    }

    /** The mission's action items, of one status or only the overdue ones (open and due before today). */
    @GetMapping("/action-items")
    List<ActionView> actionItems(
            @PathVariable long missionId,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return queries.actionItems(missionId, status, overdue);
    }
}
