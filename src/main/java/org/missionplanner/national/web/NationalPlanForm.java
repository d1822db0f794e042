package org.missionplanner.national.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionplanner.national.NationalPlanDetails;
import org.missionplanner.national.NationalPlanView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form and JSON body that record or edit a national plan. The page's form has rows of priority
 * code and title (with the id of an existing priority on an edit); blank rows are left out.
 */
record NationalPlanForm(
        @Size(max = 2, message = "{national.country.unknown}")
        String country,

        @Size(max = 300, message = "{national.form.tooLong}")
        String title,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
        List<PriorityRow> priorities,
        Long version) {

    /** The rows a new plan's form offers. */
    static final int ROWS = 6;

    private static final Pattern ROW_CHANGE = Pattern.compile("add|remove-(\\d+)");

    /** One priority row; {@code id} names the priority an edit keeps. */
    record PriorityRow(
            Long id,

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
        return new NationalPlanForm(country, null, null, null, List.of(), null).withRows();
    }

    /** The plan as its edit page first shows it, with one blank row for a new priority. */
    static NationalPlanForm of(NationalPlanView plan) {
        var form = new NationalPlanForm(
                plan.country(),
                plan.title(),
                plan.periodStart(),
                plan.periodEnd(),
                plan.priorities().stream()
                        .map(p -> new PriorityRow(p.id(), p.code(), p.title()))
                        .toList(),
                plan.version());
        return form.withBlankRow();
    }

    /** Adds empty rows up to {@link #ROWS}, so that a planner can add priorities; returns this form. */
    NationalPlanForm withRows() {
        while (priorities.size() < ROWS) {
            priorities.add(new PriorityRow(null, null, null));
        }
        return this;
    }

    /** Adds one empty row at the end unless the last row is empty already; returns this form. */
    NationalPlanForm withBlankRow() {
        if (priorities.isEmpty() || !isBlank(priorities.get(priorities.size() - 1))) {
            priorities.add(new PriorityRow(null, null, null));
        }
        return this;
    }

    /** The form after a row button: {@code add} or {@code remove-2}; anything else changes nothing. */
    NationalPlanForm withRowChange(String change) {
        Matcher matcher = ROW_CHANGE.matcher(change == null ? "" : change);
        if (matcher.matches()) {
            if (matcher.group(1) == null) {
                priorities.add(new PriorityRow(null, null, null));
            } else {
                int index = Integer.parseInt(matcher.group(1));
                if (index < priorities.size()) {
                    priorities.remove(index);
                }
            }
        }
        return this;
    }

    private static boolean isBlank(PriorityRow row) {
        return row == null || row.isBlank();
    }

    NationalPlanDetails toDetails() {
        return new NationalPlanDetails(
                country,
                title,
                periodStart,
                periodEnd,
                priorities.stream()
                        .filter(row -> row != null && !row.isBlank())
                        .map(row -> new NationalPlanDetails.Priority(row.id(), row.code(), row.title()))
                        .toList());
    }
}
