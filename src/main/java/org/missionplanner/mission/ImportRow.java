package org.missionplanner.mission;

import java.util.List;

/**
 * One row of an import report: its line in the file, the acronym, the outcome, and a message key
 * (with arguments) giving the reason of a rejection or a note on what was kept; null when there is
 * nothing to say.
 */
public record ImportRow(int line, String acronym, ImportOutcome outcome, String messageKey, List<String> arguments) {

    public ImportRow {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ImportRow rejected(int line, String acronym, String messageKey, String... arguments) {
        return new ImportRow(line, acronym, ImportOutcome.REJECTED, messageKey, List.of(arguments));
    }
}
