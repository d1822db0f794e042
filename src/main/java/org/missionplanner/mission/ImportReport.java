package org.missionplanner.mission;

import java.util.List;

/**
 * The result of a mission import, row by row. {@code applied} is false when rejected rows stopped
 * the whole file: then nothing was changed, and the other rows say what would have happened.
 */
public record ImportReport(boolean applied, boolean validOnly, List<ImportRow> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public long created() {
        return count(ImportOutcome.CREATED);
    }

    public long updated() {
        return count(ImportOutcome.UPDATED);
    }

    public long unchanged() {
        return count(ImportOutcome.UNCHANGED);
    }

    public long rejected() {
        return count(ImportOutcome.REJECTED);
    }
}
