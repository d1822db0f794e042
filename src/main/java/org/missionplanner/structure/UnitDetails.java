package org.missionplanner.structure;

import java.util.List;

/** What a planner says about a unit: its description, primary line and posts. Category null = the type's default. */
public record UnitDetails(
        UnitType unitType,
        String name,
        String headTitle,
        UnitCategory category,
        String location,
        Long reportsToId,
        List<UnitPosts> posts) {

    public UnitDetails {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    UnitCategory categoryOrDefault() {
        return category == null ? unitType.defaultCategory() : category;
    }
}
