package org.missionplanner.plan.web;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PartKind;

/** An objective as a planner writes it, aligned with a national priority of a host country or none. */
record ObjectiveForm(
        @Size(max = 300, message = "{plan.form.tooLong}") String title,
        Dimension dimension,
        @Size(max = 4000, message = "{plan.form.tooLong}") String description,
        Long version,
        Long nationalPriorityId)
        implements PartForm<ObjectiveDetails> {

    /** How the outline editor shows objectives: the form's registration, which {@link PartController} serves. */
    static final PartForms<ObjectiveForm, ObjectiveDetails, ObjectiveView> FORMS = new PartForms<>(
            PartKind.OBJECTIVE,
            PartPage.OUTLINE,
            Set.of(FormChoice.NATIONAL_PRIORITIES),
            null,
            "objectives-end",
            link -> ObjectiveForm.empty(),
            (objective, contribution) -> ObjectiveForm.from(objective));

    static ObjectiveForm empty() {
        return new ObjectiveForm("", Dimension.POLITICAL, "", null, null);
    }

    static ObjectiveForm from(ObjectiveView objective) {
        return new ObjectiveForm(
                objective.title(),
                objective.dimension(),
                objective.description(),
                objective.version(),
                objective.nationalPriorityId());
    }

    @Override
    public ObjectiveDetails toDetails() {
        return new ObjectiveDetails(title, dimension, description, nationalPriorityId);
    }
}
