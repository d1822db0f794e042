package org.missionplanner.calendar.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.missionplanner.calendar.StageCommand;
import org.missionplanner.calendar.StageKind;
import org.missionplanner.calendar.StageView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Add and edit form of a planning stage. */
record StageForm(
        @NotNull(message = "{stage.kind.required}") StageKind kind,

        @Size(max = 200, message = "{stage.title.size}") String title,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,

        @NotNull(message = "{stage.endsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @Size(max = 200, message = "{stage.owner.size}") String owner,

        Long version) {

    static StageForm empty() {
        return new StageForm(null, "", null, null, "", null);
    }

    static StageForm from(StageView stage) {
        return new StageForm(
                stage.kind(), stage.title(), stage.startsOn(), stage.endsOn(), stage.owner(), stage.version());
    }

    StageForm withVersion(long newVersion) {
        return new StageForm(kind, title, startsOn, endsOn, owner, newVersion);
    }

    /** The end may not come before the start. */
    void checkAcrossFields(Errors errors) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.rejectValue("endsOn", "stage.endsOn.beforeStart");
        }
    }

    StageCommand toCommand() {
        return new StageCommand(kind, title, startsOn, endsOn, owner);
    }
}
