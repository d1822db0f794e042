package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionplanner.plan.BenchmarkDetails;
import org.missionplanner.plan.BenchmarkView;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.web.bind.annotation.RestController;

/** A plan's benchmarks, including the transition or exit benchmarks. */
@RestController
@Tag(name = "Plan benchmarks", description = "A plan's benchmarks, including the transition or exit benchmarks.")
class BenchmarkApiController extends PartApiController<BenchmarkRequest, BenchmarkDetails, BenchmarkView> {

    BenchmarkApiController(PlanEditing editing, PlanPartQueries queries) {
        super(
                PartKind.BENCHMARK,
                "/api/v1/plans/{planId}/benchmarks",
                editing,
                queries::benchmarks,
                queries::benchmark);
    }
}
