package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How progress toward a plan's results is measured; each indicator read with its latest measurement and progress. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/indicators")
@Tag(name = "Plan indicators")
class IndicatorApiController {

    private final PlanPartQueries queries;
    private final PlanEditing editing;

    IndicatorApiController(PlanPartQueries queries, PlanEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "The plan's indicators, in plan order")
    List<IndicatorView> list(@PathVariable long planId) {
        return queries.indicators(planId);
    }

    @PostMapping
    @Operation(summary = "Add an indicator to a draft plan")
    ResponseEntity<IndicatorView> create(@PathVariable long planId, @Valid @RequestBody IndicatorRequest request) {
        long id = editing.add(PartKind.INDICATOR, planId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/indicators/" + id))
                .body(queries.indicator(planId, id));
    }

    @GetMapping("/{indicatorId}")
    @Operation(summary = "One indicator of the plan")
    IndicatorView get(@PathVariable long planId, @PathVariable long indicatorId) {
        return queries.indicator(planId, indicatorId);
    }

    @PutMapping("/{indicatorId}")
    @Operation(summary = "Change an indicator of a draft plan; 409 when the version is stale")
    IndicatorView update(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @Validated(Update.class) @RequestBody IndicatorRequest request) {
        editing.update(PartKind.INDICATOR, planId, indicatorId, request.version(), request.toDetails());
        return queries.indicator(planId, indicatorId);
    }

    @DeleteMapping("/{indicatorId}")
    @Operation(summary = "Delete an indicator of a draft plan; 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long indicatorId, @RequestParam long version) {
        editing.delete(PartKind.INDICATOR, planId, indicatorId, version);
        return ResponseEntity.noContent().build();
    }
}
