package org.missionplanner.comparison;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.structure.UnitType;

/**
 * Missions side by side, one column each in the order asked, with the rows that any of them needs:
 * the mandated categories, the structure components, the dimensions, the funding sources.
 * {@code ignored} are the ids asked for that name no mission the user may see.
 */
public record Comparison(
        List<MissionColumn> missions,
        List<Long> ignored,
        List<MandateCategory> categories,
        List<UnitType> components,
        List<String> checkCodes,
        List<Dimension> dimensions,
        List<FundingSource> fundingSources,
        List<String> strengthCategories) {

    public Comparison {
        missions = List.copyOf(missions);
        ignored = List.copyOf(ignored);
    }

    /** Whether the mandated categories differ for this category (mandated in some missions, not in others, or with another modality). */
    public boolean mandateDiffers(MandateCategory category) {
        return differs(m -> m.mandate() == null ? null : m.mandate().modalityOf(category));
    }

    /** Whether a component is present in some missions and absent from others. */
    public boolean componentDiffers(UnitType type) {
        return differs(m -> m.structure().unitsOfType(type) > 0);
    }

    public boolean checkDiffers(String code) {
        return differs(m -> m.structure().checks().get(code).state());
    }

    public boolean modelDiffers() {
        return differs(m -> m.mission().ochaPosition());
    }

    /** Whether some plans have objectives in this dimension and others none. */
    public boolean dimensionDiffers(Dimension dimension) {
        return differs(
                m -> m.plan() != null && !m.plan().objectivesIn(dimension).isEmpty());
    }

    public boolean fundingDiffers(FundingSource source) {
        return differs(m -> m.plan() != null && m.plan().fundingFrom(source).tasks() > 0);
    }

    private boolean differs(Function<MissionColumn, Object> value) {
        return missions.size() > 1
                && missions.stream()
                                .map(value)
                                .map(v -> Objects.toString(v, ""))
                                .distinct()
                                .count()
                        > 1;
    }
}
