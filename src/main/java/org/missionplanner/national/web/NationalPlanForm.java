package org.missionplanner.national.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionplanner.national.NationalPlanDetails;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form and JSON body that record a national plan. The page's form has rows of priority code and
 * title; blank rows are left out.
 */
record NationalPlanForm(
        @Size(max = 2, message = "{national.country.unknown}")
        String country,

        @Size(max = 300, message = "{national.form.tooLong}")
        String title,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
        List<PriorityRow> priorities) {

    /** The rows a new plan's form offers. */
    static final int ROWS = 6;

    /** One priority row. */
    record PriorityRow(
            @Size(max = 20, message = "{national.form.tooLong}")
            String code,

            @Size(max = 300, message = "{national.form.tooLong}")
            String title) {

        boolean isBlank() {
            return (code == null || code.isBlank()) && (title == null || title.isBlank());
        }
    }

    NationalPlanForm {
        priorities = priorities == null ? new ArrayList<>() : new ArrayList<>(priorities);
    }

    static NationalPlanForm empty(String country) {
        return new NationalPlanForm(country, null, null, null, List.of()).withRows();
    }

    /** Adds empty rows up to {@link #ROWS}, so that a planner can add priorities; returns this form. */
    NationalPlanForm withRows() {
        while (priorities.size() < ROWS) {
            priorities.add(new PriorityRow(null, null));
        }
        return this;
    }

    NationalPlanDetails toDetails() {
        return new NationalPlanDetails(
                country,
                title,
                periodStart,
                periodEnd,
                priorities.stream()
                        .filter(row -> row != null && !row.isBlank())
                        .map(row -> new NationalPlanDetails.Priority(row.code(), row.title()))
                        .toList());
    }
}
