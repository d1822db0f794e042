package org.missionplanner.mission.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.mission.MandatedTask;
import org.missionplanner.mission.ResolutionCommand;
import org.missionplanner.mission.ResolutionView;
import org.missionplanner.mission.TaskModality;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Add and edit form of a resolution with a few task rows; blank task rows are ignored. */
record ResolutionForm(
        @NotNull(message = "{resolution.symbol.pattern}")
        @Pattern(regexp = "S/RES/\\d{1,5} \\((19|20)\\d{2}\\)", message = "{resolution.symbol.pattern}")
        String symbol,

        @NotNull(message = "{resolution.adoptedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate adoptedOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,

        @Size(max = 2000, message = "{resolution.notes.size}")
        String notes,

        List<@Valid TaskRow> tasks,
        Long version,

        /** The Secretary-General's report due dates, as ISO dates separated by commas or spaces. */
        @Size(max = 400, message = "{resolution.reportDueDates.format}")
        String reportDueDates) {

    static final int BLANK_ROWS = 3;
    static final int MAX_ROWS = 50;

    /** One task row of the form. */
    record TaskRow(
            MandateCategory category,
            TaskModality modality,

            @Size(max = 2000, message = "{resolution.task.description.size}")
            String description) {

        static TaskRow blank() {
            return new TaskRow(null, null, "");
        }

        boolean isBlank() {
            return category == null && modality == null && (description == null || description.isBlank());
        }
    }

    ResolutionForm {
        symbol = symbol == null ? null : symbol.trim();
        reportDueDates = reportDueDates == null ? "" : reportDueDates.trim();
        tasks = tasks == null ? new ArrayList<>() : new ArrayList<>(tasks);
    }

    static ResolutionForm empty() {
        return new ResolutionForm("", null, null, "", new ArrayList<>(), null, "").withBlankRows();
    }

    static ResolutionForm from(ResolutionView resolution) {
        List<TaskRow> rows = new ArrayList<>();
        resolution.tasks().forEach(t -> rows.add(new TaskRow(t.getCategory(), t.getModality(), t.getDescription())));
        return new ResolutionForm(
                        resolution.symbol(),
                        resolution.adoptedOn(),
                        resolution.expiresOn(),
                        resolution.notes(),
                        rows,
                        resolution.version(),
                        String.join(
                                ", ",
                                resolution.reportDueDates().stream()
                                        .map(LocalDate::toString)
                                        .toList()))
                .withBlankRows();
    }

    /** The same input with {@value #BLANK_ROWS} more blank task rows (up to {@value #MAX_ROWS} rows). */
    ResolutionForm withBlankRows() {
        List<TaskRow> rows = new ArrayList<>(tasks);
        for (int i = 0; i < BLANK_ROWS && rows.size() < MAX_ROWS; i++) {
            rows.add(TaskRow.blank());
        }
        return new ResolutionForm(symbol, adoptedOn, expiresOn, notes, rows, version, reportDueDates);
    }

    ResolutionForm withVersion(long newVersion) {
        return new ResolutionForm(symbol, adoptedOn, expiresOn, notes, tasks, newVersion, reportDueDates);
    }

    /** The rules across fields: expiry not before adoption; a task row that is not blank needs category and modality. */
    void checkAcrossFields(Errors errors) {
        if (adoptedOn != null && expiresOn != null && expiresOn.isBefore(adoptedOn)) {
            errors.rejectValue("expiresOn", "resolution.expiresOn.beforeAdoption");
        }
        if (parsedReportDueDates() == null) {
            errors.rejectValue("reportDueDates", "resolution.reportDueDates.format");
        }
        if (tasks.size() > MAX_ROWS) {
            errors.reject("resolution.tasks.tooMany");
        }
        for (int i = 0; i < tasks.size(); i++) {
            TaskRow row = tasks.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            if (row.category() == null) {
                errors.rejectValue("tasks[" + i + "].category", "resolution.task.category.required");
            }
            if (row.modality() == null) {
                errors.rejectValue("tasks[" + i + "].modality", "resolution.task.modality.required");
            }
        }
    }

    ResolutionCommand toCommand() {
        List<MandatedTask> mandated = tasks.stream()
                .filter(row -> row != null && !row.isBlank())
                .map(row -> new MandatedTask(row.category(), row.modality(), row.description()))
                .toList();
        List<LocalDate> dueDates = parsedReportDueDates();
        return new ResolutionCommand(
                symbol, adoptedOn, expiresOn, notes, mandated, dueDates == null ? List.of() : dueDates);
    }

    /** The report due dates entered, or null when one of them is not an ISO date. */
    List<LocalDate> parsedReportDueDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (String part : reportDueDates.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(part.trim()));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return dates;
    }
}
