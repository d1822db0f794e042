package org.missionplanner.comparison;

import java.util.List;
import org.missionplanner.mission.MandateSummary;
import org.missionplanner.mission.MissionView;
import org.missionplanner.partner.PartnershipView;
import org.missionplanner.plan.PlanFigures;
import org.missionplanner.structure.StructureComparison.ComparedMission;

/**
 * One mission's column of a comparison: its facts and authorised strength, its mandate (null when it
 * has no resolution), its structure, its plan (null when it has none) and its partnerships.
 */
public record MissionColumn(
        MissionView mission,
        MandateSummary mandate,
        ComparedMission structure,
        PlanFigures plan,
        List<PartnershipView> partnerships) {

    public MissionColumn {
        partnerships = List.copyOf(partnerships);
    }

    public long id() {
        return mission.id();
    }

    public long partnershipsWithPrincipleNotMet() {
        return partnerships.stream().filter(PartnershipView::anyNotMet).count();
    }
}
