package org.missionplanner.plan.web;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.ResultDetails;
import org.missionplanner.plan.ResultView;

/** A result under one of the plan's objectives. */
record ResultForm(
        Long contributesToResultId,
        Long objectiveId,
        @Size(max = 300, message = "{plan.form.tooLong}") String title,
        @Size(max = 4000, message = "{plan.form.tooLong}") String description,
        Long version)
        implements PartForm<ResultDetails>, PlanChain.Contribution {

    /** How the outline editor shows results: the form's registration, which {@link PartController} serves. */
    static final PartForms<ResultForm, ResultDetails, ResultView> FORMS = new PartForms<>(
            PartKind.RESULT,
            PartPage.OUTLINE,
            Set.of(FormChoice.OBJECTIVES, FormChoice.CONTRIBUTIONS),
            "none",
            "outline",
            link -> ResultForm.empty(link.objectiveId()),
            ResultForm::from);

    static ResultForm empty(Long objectiveId) {
        return new ResultForm(null, objectiveId, "", "", null);
    }

    /** The result's form; {@code contributesToResultId} is the parent plan's result it contributes to (chain of plans). */
    static ResultForm from(ResultView result, Long contributesToResultId) {
        return new ResultForm(
                contributesToResultId, result.objectiveId(), result.title(), result.description(), result.version());
    }

    @Override
    public ResultDetails toDetails() {
        return new ResultDetails(objectiveId == null ? -1 : objectiveId, title, description);
    }

    @Override
    public String parent() {
        return objectiveId == null ? null : objectiveId.toString();
    }
}
