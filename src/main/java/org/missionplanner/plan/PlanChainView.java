package org.missionplanner.plan;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** Where a plan sits in its mission's chain of plans: the plan it derives from (or null) and those deriving from it. */
@NamedInterface("read-model")
public record PlanChainView(PlanLink parent, List<PlanLink> children) {

    public boolean isEmpty() {
        return parent == null && children.isEmpty();
    }
}
