package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.TaskView;
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

/** A plan's tasks: who leads, supports and funds each, when, and where it stands. Actors are keys such as unit-12 or organisation-5. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/tasks")
@Tag(name = "Plan tasks")
class TaskApiController {

    private final PlanPartQueries queries;
    private final PlanEditing editing;

    TaskApiController(PlanPartQueries queries, PlanEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "The plan's tasks, in plan order")
    List<TaskView> list(@PathVariable long planId) {
        return queries.tasks(planId);
    }

    @PostMapping
    @Operation(summary = "Add a task to a draft plan")
    ResponseEntity<TaskView> create(@PathVariable long planId, @Valid @RequestBody TaskRequest request) {
        long id = editing.add(PartKind.TASK, planId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/tasks/" + id))
                .body(queries.task(planId, id));
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "One task of the plan")
    TaskView get(@PathVariable long planId, @PathVariable long taskId) {
        return queries.task(planId, taskId);
    }

    @PutMapping("/{taskId}")
    @Operation(summary = "Change a task of a draft plan; 409 when the version is stale")
    TaskView update(
            @PathVariable long planId,
            @PathVariable long taskId,
            @Validated(Update.class) @RequestBody TaskRequest request) {
        editing.update(PartKind.TASK, planId, taskId, request.version(), request.toDetails());
        return queries.task(planId, taskId);
    }

    @DeleteMapping("/{taskId}")
    @Operation(summary = "Delete a task of a draft plan; 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long taskId, @RequestParam long version) {
        editing.delete(PartKind.TASK, planId, taskId, version);
        return ResponseEntity.noContent().build();
    }
}
