package org.missionplanner.coordination.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;
import org.missionplanner.coordination.ActionDetails;
import org.missionplanner.coordination.ActionStatus;
import org.missionplanner.coordination.MeetingDetails;
import org.missionplanner.coordination.MeetingView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The record of a meeting: decision rows and action item rows, blank rows ignored. The planner adds
 * and removes rows with buttons that post the form back ({@link #withRows(String)}), with htmx or
 * without JavaScript alike. Attendees and owners are party keys such as {@code unit-12}.
 */
record MeetingForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,

        List<String> attendees,
        @Size(max = 1000) String otherAttendees,
        @Size(max = 8000) String summary,
        List<@Size(max = 2000) String> decisions,
        List<@Valid ActionRow> actions,
        Long version) {

    private static final int BLANK_ROWS = 1;
    private static final Pattern ROW_CHANGE = Pattern.compile("^(add|remove)-(decision|action)(?:-(\\d+))?$");
    private static final Pattern ACTION_FIELD = Pattern.compile("^actions\\[(\\d+)](.*)$");

    /** An action item row; {@code id} and {@code status} only for an item already recorded. */
    record ActionRow(
            Long id,
            @Size(max = 1000) String description,
            String owner,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            ActionStatus status) {

        boolean isBlank() {
            return id == null
                    && (description == null || description.isBlank())
                    && (owner == null || owner.isBlank())
                    && dueOn == null;
        }
    }

    static MeetingForm empty(LocalDate today) {
        return new MeetingForm(today, List.of(), "", "", List.of(), List.of(), null).withBlankRows();
    }

    static MeetingForm from(MeetingView meeting) {
        return new MeetingForm(
                        meeting.heldOn(),
                        meeting.attendees().stream().map(NamedParty::key).toList(),
                        meeting.otherAttendees(),
                        meeting.summary(),
                        meeting.decisions(),
                        meeting.actionItems().stream()
                                .map(a -> new ActionRow(
                                        a.id(),
                                        a.description(),
                                        a.owner() == null ? "" : a.owner().key(),
                                        a.dueOn(),
                                        a.status()))
                                .toList(),
                        meeting.version())
                .withBlankRows();
    }

    /**
     * The form after a row button: {@code add-decision}, {@code add-action}, {@code remove-decision-2}
     * or {@code remove-action-0}; anything else leaves the rows as they are.
     */
    MeetingForm withRows(String change) {
        Matcher matcher = ROW_CHANGE.matcher(change == null ? "" : change);
        List<String> allDecisions = new ArrayList<>(decisions == null ? List.of() : decisions);
        List<ActionRow> allActions = new ArrayList<>(actions == null ? List.of() : actions);
        if (matcher.matches()) {
            boolean decision = matcher.group(2).equals("decision");
            if (matcher.group(1).equals("add")) {
                if (decision) {
                    allDecisions.add("");
                } else {
                    allActions.add(new ActionRow(null, "", "", null, null));
                }
            } else if (matcher.group(3) != null) {
                int index = Integer.parseInt(matcher.group(3));
                List<?> rows = decision ? allDecisions : allActions;
                if (index < rows.size()) {
                    rows.remove(index);
                }
            }
        }
        return new MeetingForm(heldOn, attendees, otherAttendees, summary, allDecisions, allActions, version);
    }

    /** The same form with an empty decision row and an empty action row at the end, for new entries. */
    MeetingForm withBlankRows() {
        List<String> allDecisions = new ArrayList<>(decisions == null ? List.of() : decisions);
        List<ActionRow> allActions = new ArrayList<>(actions == null ? List.of() : actions);
        long blankDecisions =
                allDecisions.stream().filter(d -> d == null || d.isBlank()).count();
        for (long i = blankDecisions; i < BLANK_ROWS; i++) {
            allDecisions.add("");
        }
        long blankActions =
                allActions.stream().filter(a -> a == null || a.isBlank()).count();
        for (long i = blankActions; i < BLANK_ROWS; i++) {
            allActions.add(new ActionRow(null, "", "", null, null));
        }
        return new MeetingForm(heldOn, attendees, otherAttendees, summary, allDecisions, allActions, version);
    }

    MeetingDetails toDetails() {
        List<Party> parties = attendees == null
                ? List.of()
                : attendees.stream().map(Party::parse).filter(Objects::nonNull).toList();
        List<String> texts = decisions == null
                ? List.of()
                : decisions.stream()
                        .filter(d -> d != null && !d.isBlank())
                        .map(String::trim)
                        .toList();
        return new MeetingDetails(
                heldOn,
                parties,
                blankToNull(otherAttendees),
                blankToNull(summary),
                texts,
                actionRows().stream()
                        .map(row -> new ActionDetails(
                                row.id(),
                                row.description() == null
                                        ? null
                                        : row.description().trim(),
                                Party.parse(row.owner()),
                                row.dueOn()))
                        .toList());
    }

    /** The form field of a rule's field: the rule counts only the non-blank action rows. */
    String formField(String field) {
        Matcher matcher = ACTION_FIELD.matcher(field);
        if (!matcher.matches()) {
            return field;
        }
        int index = Integer.parseInt(matcher.group(1));
        int seen = -1;
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) != null && !actions.get(i).isBlank() && ++seen == index) {
                return "actions[" + i + "]" + matcher.group(2);
            }
        }
        return field;
    }

    private List<ActionRow> actionRows() {
        return actions == null
                ? List.of()
                : actions.stream().filter(a -> a != null && !a.isBlank()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
