package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.RiskView;
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

/** A plan's register of risks and dilemmas, each with who owns its mitigation. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/risks")
@Tag(name = "Plan risks")
class RiskApiController {

    private final PlanPartQueries queries;
    private final PlanEditing editing;

    RiskApiController(PlanPartQueries queries, PlanEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "The plan's risks, in plan order")
    List<RiskView> list(@PathVariable long planId) {
        return queries.risks(planId);
    }

    @PostMapping
    @Operation(summary = "Add a risk to a draft plan")
    ResponseEntity<RiskView> create(@PathVariable long planId, @Valid @RequestBody RiskRequest request) {
        long id = editing.add(PartKind.RISK, planId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/risks/" + id))
                .body(queries.risk(planId, id));
    }

    @GetMapping("/{riskId}")
    @Operation(summary = "One risk of the plan")
    RiskView get(@PathVariable long planId, @PathVariable long riskId) {
        return queries.risk(planId, riskId);
    }

    @PutMapping("/{riskId}")
    @Operation(summary = "Change a risk of a draft plan; 409 when the version is stale")
    RiskView update(
            @PathVariable long planId,
            @PathVariable long riskId,
            @Validated(Update.class) @RequestBody RiskRequest request) {
        editing.update(PartKind.RISK, planId, riskId, request.version(), request.toDetails());
        return queries.risk(planId, riskId);
    }

    @DeleteMapping("/{riskId}")
    @Operation(summary = "Delete a risk of a draft plan; 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long riskId, @RequestParam long version) {
        editing.delete(PartKind.RISK, planId, riskId, version);
        return ResponseEntity.noContent().build();
    }
}
