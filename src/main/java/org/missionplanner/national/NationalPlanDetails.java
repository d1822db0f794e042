package org.missionplanner.national;

import java.time.LocalDate;
import java.util.List;

/** A national plan or strategy as a user writes it, new or edited, with its priorities in order. */
public record NationalPlanDetails(
        String country, String title, LocalDate periodStart, LocalDate periodEnd, List<Priority> priorities) {

    /** A priority: its code and title; on an edit, the id of the priority it keeps (null for a new one). */
    public record Priority(Long id, String code, String title) {

        public Priority(String code, String title) {
            this(null, code, title);
        }
    }

    public NationalPlanDetails {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }
}
