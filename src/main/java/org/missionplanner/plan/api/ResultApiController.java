package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.ResultView;
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

/** The results a plan expects under its objectives. Deleting one deletes its indicators; its tasks stay under the objective. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/results")
@Tag(name = "Plan results")
class ResultApiController {

    private final PlanPartQueries queries;
    private final PlanEditing editing;

    ResultApiController(PlanPartQueries queries, PlanEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "The plan's results, in plan order")
    List<ResultView> list(@PathVariable long planId) {
        return queries.results(planId);
    }

    @PostMapping
    @Operation(summary = "Add a result to a draft plan")
    ResponseEntity<ResultView> create(@PathVariable long planId, @Valid @RequestBody ResultRequest request) {
        long id = editing.add(PartKind.RESULT, planId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/results/" + id))
                .body(queries.result(planId, id));
    }

    @GetMapping("/{resultId}")
    @Operation(summary = "One result of the plan")
    ResultView get(@PathVariable long planId, @PathVariable long resultId) {
        return queries.result(planId, resultId);
    }

    @PutMapping("/{resultId}")
    @Operation(summary = "Change a result of a draft plan; 409 when the version is stale")
    ResultView update(
            @PathVariable long planId,
            @PathVariable long resultId,
            @Validated(Update.class) @RequestBody ResultRequest request) {
        editing.update(PartKind.RESULT, planId, resultId, request.version(), request.toDetails());
        return queries.result(planId, resultId);
    }

    @DeleteMapping("/{resultId}")
    @Operation(summary = "Delete a result of a draft plan; 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long resultId, @RequestParam long version) {
        editing.delete(PartKind.RESULT, planId, resultId, version);
        return ResponseEntity.noContent().build();
    }
}
