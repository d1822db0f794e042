package org.missionplanner.calendar;

import java.time.LocalDate;

/**
 * A stage as entered: its kind, an optional title, an optional start, the end or due date, and who
 * owns it (free text).
 */
public record StageCommand(StageKind kind, String title, LocalDate startsOn, LocalDate endsOn, String owner) {

    public StageCommand {
        title = blankToNull(title);
        owner = blankToNull(owner);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
