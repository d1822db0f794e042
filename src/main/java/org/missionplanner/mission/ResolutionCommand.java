package org.missionplanner.mission;

import java.time.LocalDate;
import java.util.List;

/** A resolution as entered in the form, the API or the demo data: what {@link Resolution} validates. */
public record ResolutionCommand(
        String symbol, LocalDate adoptedOn, LocalDate expiresOn, String notes, List<MandatedTask> tasks) {

    public ResolutionCommand {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
