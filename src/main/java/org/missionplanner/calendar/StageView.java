package org.missionplanner.calendar;

import java.time.LocalDate;

/** A stage of a mission's planning process as pages and the API show it. */
public record StageView(
        long id,
        long missionId,
        StageKind kind,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        String owner,
        long version) {

    static StageView of(Stage stage) {
        return new StageView(
                stage.getId(),
                stage.getMissionId(),
                stage.getKind(),
                stage.getTitle(),
                stage.getStartsOn(),
                stage.getEndsOn(),
                stage.getOwner(),
                stage.getVersion());
    }

    /** The title, or else the name of the kind. */
    public String name() {
        return title == null ? kind.label() : title;
    }
}
