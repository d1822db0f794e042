package org.missionplanner.structure;

import java.util.List;

/**
 * What a planner says about a unit: its description, primary line and posts. Category null = the
 * type's default. {@code organisationId}: the organisation the unit places in the structure (a
 * Country Team agency, a partner pillar), whose acronym becomes the unit's name; null for the
 * mission's own units.
 */
public record UnitDetails(
        UnitType unitType,
        String name,
        String headTitle,
        UnitCategory category,
        String location,
        Long reportsToId,
        List<UnitPosts> posts,
        Long organisationId) {

    public UnitDetails {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    public UnitDetails(
            UnitType unitType,
            String name,
            String headTitle,
            UnitCategory category,
            String location,
            Long reportsToId,
            List<UnitPosts> posts) {
        this(unitType, name, headTitle, category, location, reportsToId, posts, null);
    }

    UnitCategory categoryOrDefault() {
        return category == null ? unitType.defaultCategory() : category;
    }
}
