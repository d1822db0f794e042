package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.plan.BenchmarkView;
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

/** A plan's benchmarks, including the transition or exit benchmarks. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/benchmarks")
@Tag(name = "Plan benchmarks")
class BenchmarkApiController {

    private final PlanPartQueries queries;
    private final PlanEditing editing;

    BenchmarkApiController(PlanPartQueries queries, PlanEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "The plan's benchmarks, in plan order")
    List<BenchmarkView> list(@PathVariable long planId) {
        return queries.benchmarks(planId);
    }

    @PostMapping
    @Operation(summary = "Add a benchmark to a draft plan")
    ResponseEntity<BenchmarkView> create(@PathVariable long planId, @Valid @RequestBody BenchmarkRequest request) {
        long id = editing.add(PartKind.BENCHMARK, planId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/benchmarks/" + id))
                .body(queries.benchmark(planId, id));
    }

    @GetMapping("/{benchmarkId}")
    @Operation(summary = "One benchmark of the plan")
    BenchmarkView get(@PathVariable long planId, @PathVariable long benchmarkId) {
        return queries.benchmark(planId, benchmarkId);
    }

    @PutMapping("/{benchmarkId}")
    @Operation(summary = "Change a benchmark of a draft plan; 409 when the version is stale")
    BenchmarkView update(
            @PathVariable long planId,
            @PathVariable long benchmarkId,
            @Validated(Update.class) @RequestBody BenchmarkRequest request) {
        editing.update(PartKind.BENCHMARK, planId, benchmarkId, request.version(), request.toDetails());
        return queries.benchmark(planId, benchmarkId);
    }

    @DeleteMapping("/{benchmarkId}")
    @Operation(summary = "Delete a benchmark of a draft plan; 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long benchmarkId, @RequestParam long version) {
        editing.delete(PartKind.BENCHMARK, planId, benchmarkId, version);
        return ResponseEntity.noContent().build();
    }
}
