package org.missionplanner.national;

import java.time.LocalDate;
import java.util.List;

/** A new national plan or strategy as a user writes it, with its priorities in order. */
public record NationalPlanDetails(
        String country, String title, LocalDate periodStart, LocalDate periodEnd, List<Priority> priorities) {

    /** A priority: its code and title. */
    public record Priority(String code, String title) {}

    public NationalPlanDetails {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }
}
