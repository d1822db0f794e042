package org.missionplanner.coordination;

import java.time.LocalDate;
import java.util.List;
import org.missionplanner.actor.Party;

/** What a meeting's record says: when, who attended, the summary, decisions and action items. */
public record MeetingDetails(
        LocalDate heldOn,
        List<Party> attendees,
        String otherAttendees,
        String summary,
        List<String> decisions,
        List<ActionDetails> actions) {

    public MeetingDetails {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
