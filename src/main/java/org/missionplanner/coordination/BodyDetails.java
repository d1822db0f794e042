package org.missionplanner.coordination;

import java.util.List;
import org.missionplanner.actor.Party;

/** What a planner says about a coordination body. */
public record BodyDetails(
        BodyKind kind,
        String name,
        Party chair,
        List<Party> members,
        MeetingFrequency meetingFrequency,
        String termsOfReference) {

    public BodyDetails {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
