package org.missionplanner.plan.web;

import java.util.Set;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.ResultDetails;
import org.springframework.stereotype.Controller;

/** Adding, editing, reordering and deleting the results under an objective. */
@Controller
class ResultController extends NestedPartController<ResultForm, ResultDetails> {

    private final PlanChain chain;

    ResultController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries, PlanChain chain) {
        super(
                new PartForms<>(
                        PartKind.RESULT,
                        "/plans/{planId}/results",
                        PartPage.OUTLINE,
                        Set.of(FormChoice.OBJECTIVES, FormChoice.CONTRIBUTIONS),
                        "none",
                        "outline",
                        link -> ResultForm.empty(link.objectiveId())),
                editing,
                pages,
                (planId, resultId) -> ResultForm.from(
                        queries.result(planId, resultId), chain.contributionOfResult(planId, resultId)));
        this.chain = chain;
    }

    /** A result is saved with the parent plan's result it contributes to (chain of plans). */
    @Override
    long addPart(long planId, ResultForm form) {
        return chain.addResult(planId, form.toDetails(), form.contributesToResultId());
    }

    @Override
    void updatePart(long planId, long resultId, ResultForm form) {
        chain.updateResult(
                planId, resultId, Versions.of(form.version()), form.toDetails(), form.contributesToResultId());
    }
}
