package org.missionplanner.coordination;

import java.util.List;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.PartyNames;

/** A coordination body with its chair and members named. */
public record BodySummary(
        long id,
        long missionId,
        BodyKind kind,
        String name,
        NamedParty chair,
        List<NamedParty> members,
        MeetingFrequency meetingFrequency,
        String termsOfReference,
        long version) {

    static BodySummary of(CoordinationBody body, PartyNames names) {
        return new BodySummary(
                body.getId(),
                body.getMissionId(),
                body.getKind(),
                body.getName(),
                names.name(body.getChair()),
                names.names(body.getMembers()),
                body.getMeetingFrequency(),
                body.getTermsOfReference(),
                body.getVersion());
    }
}
