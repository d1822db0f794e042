package org.missionplanner.plan.web;

import java.util.Set;
import org.missionplanner.plan.BenchmarkDetails;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.stereotype.Controller;

/** Adding, editing, reordering and deleting benchmarks, of an objective or of the whole plan. */
@Controller
class BenchmarkController extends NestedPartController<BenchmarkForm, BenchmarkDetails> {

    BenchmarkController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries) {
        super(
                new PartForms<>(
                        PartKind.BENCHMARK,
                        "/plans/{planId}/benchmarks",
                        PartPage.OUTLINE,
                        Set.of(FormChoice.OBJECTIVES),
                        "plan",
                        "outline",
                        link -> BenchmarkForm.empty(link.objectiveId())),
                editing,
                pages,
                (planId, benchmarkId) -> BenchmarkForm.from(queries.benchmark(planId, benchmarkId)));
    }
}
