package org.missionplanner.plan.web;

import jakarta.validation.constraints.Size;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.ObjectiveView;

/** An objective as a planner writes it, aligned with a national priority of a host country or none. */
record ObjectiveForm(
        @Size(max = 300, message = "{plan.form.tooLong}") String title,
        Dimension dimension,
        @Size(max = 4000, message = "{plan.form.tooLong}") String description,
        Long version,
        Long nationalPriorityId)
        implements PartForm<ObjectiveDetails> {

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
