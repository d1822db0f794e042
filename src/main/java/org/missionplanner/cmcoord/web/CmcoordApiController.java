package org.missionplanner.cmcoord.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.cmcoord.CmcoordRequests;
import org.missionplanner.cmcoord.RequestSummary;
import org.missionplanner.cmcoord.RequestView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mission's CMCoord requests as JSON. Each request carries its six assessments
 * ({@code principles}: principle, assessment, reason); a change names the {@code version} it saw.
 */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/cmcoord-requests")
class CmcoordApiController {

    private final CmcoordRequests requests;

    CmcoordApiController(CmcoordRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    List<RequestSummary> list(@PathVariable long missionId) {
        return requests.ofMission(missionId);
    }

    @PostMapping
    ResponseEntity<RequestView> create(@PathVariable long missionId, @Valid @RequestBody RequestForm request) {
        long requestId = requests.create(missionId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + missionId + "/cmcoord-requests/" + requestId))
                .body(requests.get(missionId, requestId));
    }

    @GetMapping("/{requestId}")
    RequestView get(@PathVariable long missionId, @PathVariable long requestId) {
        return requests.get(missionId, requestId);
    }

    /** Replaces a request not yet decided, with its assessments. */
    @PutMapping("/{requestId}")
    RequestView update(
            @PathVariable long missionId, @PathVariable long requestId, @Valid @RequestBody RequestForm request) {
        requests.update(missionId, requestId, request.version() == null ? -1 : request.version(), request.toDetails());
        return requests.get(missionId, requestId);
    }

    /** Decides a request; without {@code principles}, on the assessments recorded. */
    @PostMapping("/{requestId}/decision")
    RequestView decide(
            @PathVariable long missionId, @PathVariable long requestId, @Valid @RequestBody DecisionForm decision) {
        requests.decide(missionId, requestId, decision.seenVersion(), decision.assessments(), decision.toDetails());
        return requests.get(missionId, requestId);
    }
}
