package org.missionplanner.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.missionplanner.monitoring.MonitoringRecording;
import org.missionplanner.monitoring.PlanMonitoring;
import org.missionplanner.monitoring.api.MonitoringRecords.MeasurementResponse;
import org.missionplanner.monitoring.api.MonitoringRecords.StatusUpdateResponse;
import org.missionplanner.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring record of a plan: indicator measurements and task status updates. Both are
 * recorded on a draft or on the approved plan in force, and never changed once recorded.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Plan monitoring")
class MonitoringApiController {

    private final PlanMonitoring queries;
    private final MonitoringRecording editing;

    MonitoringApiController(PlanMonitoring queries, MonitoringRecording editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping("/indicators/{indicatorId}/measurements")
    @Operation(summary = "An indicator's measurements, oldest first")
    List<MeasurementResponse> measurements(@PathVariable long planId, @PathVariable long indicatorId) {
        return queries.measurements(planId, indicatorId).stream()
                .map(MeasurementResponse::of)
                .toList();
    }

    @PostMapping("/indicators/{indicatorId}/measurements")
    @Operation(summary = "Record a measured value of an indicator")
    ResponseEntity<MeasurementResponse> record(
            @PathVariable long planId, @PathVariable long indicatorId, @Valid @RequestBody MeasurementRequest request) {
        long id = editing.recordMeasurement(planId, indicatorId, request.toDetails());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(measurements(planId, indicatorId).stream()
                        .filter(m -> m.id() == id)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Measurement", id)));
    }

    @GetMapping("/tasks/{taskId}/status-updates")
    @Operation(summary = "A task's status updates, newest first")
    List<StatusUpdateResponse> statusUpdates(@PathVariable long planId, @PathVariable long taskId) {
        return queries.statusUpdates(planId, taskId).stream()
                .map(StatusUpdateResponse::of)
                .toList();
    }

    @PostMapping("/tasks/{taskId}/status-updates")
    @Operation(summary = "Report a task's new status with a narrative; 409 when the task's version is stale")
    ResponseEntity<StatusUpdateResponse> report(
            @PathVariable long planId, @PathVariable long taskId, @Valid @RequestBody StatusUpdateRequest request) {
        long id = editing.recordStatusUpdate(planId, taskId, request.version(), request.toDetails());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(statusUpdates(planId, taskId).stream()
                        .filter(u -> u.id() == id)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Status update", id)));
    }
}
