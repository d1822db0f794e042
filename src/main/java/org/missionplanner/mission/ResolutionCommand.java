package org.missionplanner.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A resolution as entered in the form, the API or the demo data: what {@link Resolution} validates.
 * {@code reportDueDates} are the dates by which the Secretary-General is asked to report, kept
 * sorted and without repeats.
 */
public record ResolutionCommand(
        String symbol,
        LocalDate adoptedOn,
        LocalDate expiresOn,
        String notes,
        List<MandatedTask> tasks,
        List<LocalDate> reportDueDates) {

    public ResolutionCommand {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        reportDueDates = reportDueDates == null
                ? List.of()
                : reportDueDates.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
    }

    /** A resolution without report due dates. */
    public ResolutionCommand(
            String symbol, LocalDate adoptedOn, LocalDate expiresOn, String notes, List<MandatedTask> tasks) {
        this(symbol, adoptedOn, expiresOn, notes, tasks, List.of());
    }
}
