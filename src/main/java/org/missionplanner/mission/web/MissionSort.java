package org.missionplanner.mission.web;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/** The orders the mission registry offers; anything else falls back to acronym. */
final class MissionSort {

    static final List<String> NAMES = List.of("acronym", "fullName", "startDate", "phase");

    private static final Map<String, Sort> SORTS = Map.of(
            "acronym", Sort.by("acronym"),
            "fullName", Sort.by("fullName", "acronym"),
            "startDate", Sort.by(Sort.Order.desc("startDate").nullsLast(), Sort.Order.asc("acronym")),
            "phase", Sort.by("phase", "acronym"));

    private MissionSort() {}

    static Sort of(String name) {
        return SORTS.get(nameOf(name));
    }

    static String nameOf(String name) {
        return SORTS.containsKey(name) ? name : "acronym";
    }
}
