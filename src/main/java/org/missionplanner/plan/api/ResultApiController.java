package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.ResultDetails;
import org.missionplanner.plan.ResultView;
import org.springframework.web.bind.annotation.RestController;

/** The results a plan expects under its objectives. Deleting one deletes its indicators; its tasks stay under the objective. */
@RestController
@Tag(
        name = "Plan results",
        description =
                "The results a plan expects under its objectives. Deleting one deletes its indicators; its tasks stay under the objective.")
class ResultApiController extends PartApiController<ResultRequest, ResultDetails, ResultView> {

    private final PlanChain chain;

    ResultApiController(PlanEditing editing, PlanPartQueries queries, PlanChain chain) {
        super(PartKind.RESULT, "/api/v1/plans/{planId}/results", editing, queries::results, queries::result);
        this.chain = chain;
    }

    /** A result is saved with the result of the parent plan it contributes to ({@code contributesToResultId}). */
    @Override
    long add(long planId, ResultRequest request) {
        return chain.addResult(planId, request.toDetails(), request.contributesToResultId());
    }

    @Override
    void change(long planId, long resultId, ResultRequest request) {
        chain.updateResult(planId, resultId, request.version(), request.toDetails(), request.contributesToResultId());
    }
}
