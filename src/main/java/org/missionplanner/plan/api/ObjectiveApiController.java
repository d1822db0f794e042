package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.plan.ObjectiveView;
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

/** A plan's objectives (its priorities), each with a dimension. Deleting one deletes its results and indicators; its tasks stay, unlinked. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/objectives")
@Tag(name = "Plan objectives")
class ObjectiveApiController {

    private final PlanPartQueries queries;
    private final PlanEditing editing;

    ObjectiveApiController(PlanPartQueries queries, PlanEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "The plan's objectives, in plan order")
    List<ObjectiveView> list(@PathVariable long planId) {
        return queries.objectives(planId);
    }

    @PostMapping
    @Operation(summary = "Add an objective to a draft plan")
    ResponseEntity<ObjectiveView> create(@PathVariable long planId, @Valid @RequestBody ObjectiveRequest request) {
        long id = editing.add(PartKind.OBJECTIVE, planId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/objectives/" + id))
                .body(queries.objective(planId, id));
    }

    @GetMapping("/{objectiveId}")
    @Operation(summary = "One objective of the plan")
    ObjectiveView get(@PathVariable long planId, @PathVariable long objectiveId) {
        return queries.objective(planId, objectiveId);
    }

    @PutMapping("/{objectiveId}")
    @Operation(summary = "Change an objective of a draft plan; 409 when the version is stale")
    ObjectiveView update(
            @PathVariable long planId,
            @PathVariable long objectiveId,
            @Validated(Update.class) @RequestBody ObjectiveRequest request) {
        editing.update(PartKind.OBJECTIVE, planId, objectiveId, request.version(), request.toDetails());
        return queries.objective(planId, objectiveId);
    }

    @DeleteMapping("/{objectiveId}")
    @Operation(summary = "Delete an objective of a draft plan; 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long objectiveId, @RequestParam long version) {
        editing.delete(PartKind.OBJECTIVE, planId, objectiveId, version);
        return ResponseEntity.noContent().build();
    }
}
