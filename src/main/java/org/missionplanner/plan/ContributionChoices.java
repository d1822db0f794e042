package org.missionplanner.plan;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What a task of a plan may contribute to: the results of the plan it derives from. Empty when the
 * plan derives from none.
 */
@NamedInterface("read-model")
public record ContributionChoices(PlanLink parent, List<Choice> results) {

    /** One result of the parent plan. */
    public record Choice(long id, String title) {}

    public boolean available() {
        return parent != null;
    }
}
