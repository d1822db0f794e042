package org.missionplanner.comparison;

import java.util.List;
import org.missionplanner.deployment.StrengthYear;
import org.missionplanner.mission.MandateSummary;
import org.missionplanner.mission.MissionView;
import org.missionplanner.partner.PartnershipView;
import org.missionplanner.plan.PlanFigures;
import org.missionplanner.structure.StructureComparison.ComparedMission;

/**
 * One mission's column of a comparison: its facts and authorised strength, its mandate (null when it
 * has no resolution), its structure, its plan (null when it has none), its partnerships and its
 * deployed strength over the years (empty without reference data).
 */
public record MissionColumn(
        MissionView mission,
        MandateSummary mandate,
        ComparedMission structure,
        PlanFigures plan,
        List<PartnershipView> partnerships,
        List<StrengthYear> deployed) {

    public MissionColumn {
        partnerships = List.copyOf(partnerships);
        deployed = deployed == null ? List.of() : List.copyOf(deployed);
    }

    /** The year the most were deployed, or null without data. */
    public StrengthYear peak() {
        return deployed.stream()
                .max(java.util.Comparator.comparingInt(StrengthYear::deployed))
                .orElse(null);
    }

    /** The latest year with data, or null. */
    public StrengthYear latest() {
        return deployed.isEmpty() ? null : deployed.get(deployed.size() - 1);
    }

    public long id() {
        return mission.id();
    }

    public long partnershipsWithPrincipleNotMet() {
        return partnerships.stream().filter(PartnershipView::anyNotMet).count();
    }
}
