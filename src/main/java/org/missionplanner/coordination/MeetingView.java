package org.missionplanner.coordination;

import java.time.LocalDate;
import java.util.List;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.PartyNames;

/** A meeting's record with its attendees and action owners named. */
public record MeetingView(
        long id,
        long bodyId,
        LocalDate heldOn,
        List<NamedParty> attendees,
        String otherAttendees,
        String summary,
        List<String> decisions,
        List<ActionView> actionItems,
        long version) {

    static MeetingView of(Meeting meeting, PartyNames names, LocalDate today) {
        return new MeetingView(
                meeting.getId(),
                meeting.getBodyId(),
                meeting.getHeldOn(),
                names.names(meeting.getAttendees()),
                meeting.getOtherAttendees(),
                meeting.getSummary(),
                meeting.getDecisions(),
                meeting.getActionItems().stream()
                        .map(a -> ActionView.of(a, names, today))
                        .toList(),
                meeting.getVersion());
    }
}
