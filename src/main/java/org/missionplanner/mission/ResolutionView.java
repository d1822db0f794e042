package org.missionplanner.mission;

import java.time.LocalDate;
import java.util.List;

/** A resolution as pages and the API show it, read inside the transaction. */
public record ResolutionView(
        long id,
        String symbol,
        LocalDate adoptedOn,
        LocalDate expiresOn,
        String notes,
        long version,
        boolean inForce,
        List<MandatedTask> tasks,
        List<LocalDate> reportDueDates) {

    /** A view without report due dates. */
    public ResolutionView(
            long id,
            String symbol,
            LocalDate adoptedOn,
            LocalDate expiresOn,
            String notes,
            long version,
            boolean inForce,
            List<MandatedTask> tasks) {
        this(id, symbol, adoptedOn, expiresOn, notes, version, inForce, tasks, List.of());
    }

    static ResolutionView of(Resolution resolution, boolean inForce) {
        return new ResolutionView(
                resolution.getId(),
                resolution.getSymbol(),
                resolution.getAdoptedOn(),
                resolution.getExpiresOn(),
                resolution.getNotes(),
                resolution.getVersion(),
                inForce,
                List.copyOf(resolution.getTasks()),
                resolution.getReportDueDates());
    }
}
