package org.missionplanner.coordination.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;
import org.missionplanner.coordination.BodyDetails;
import org.missionplanner.coordination.BodyKind;
import org.missionplanner.coordination.BodySummary;
import org.missionplanner.coordination.MeetingFrequency;

/** The form of a coordination body; chair and members are party keys such as {@code unit-12}. */
record BodyForm(
        @NotNull BodyKind kind,
        @NotBlank @Size(max = 200) String name,
        String chair,
        List<String> members,
        @NotNull MeetingFrequency meetingFrequency,
        @Size(max = 8000) String termsOfReference,
        Long version) {

    static BodyForm empty() {
        return new BodyForm(BodyKind.SENIOR_MANAGEMENT_GROUP, "", "", List.of(), MeetingFrequency.WEEKLY, "", null);
    }

    static BodyForm from(BodySummary body) {
        return new BodyForm(
                body.kind(),
                body.name(),
                body.chair() == null ? "" : body.chair().key(),
                body.members().stream().map(NamedParty::key).toList(),
                body.meetingFrequency(),
                body.termsOfReference(),
                body.version());
    }

    BodyDetails toDetails() {
        List<Party> parties = members == null
                ? List.of()
                : members.stream().map(Party::parse).filter(Objects::nonNull).toList();
        return new BodyDetails(
                kind,
                name.trim(),
                Party.parse(chair),
                parties,
                meetingFrequency,
                termsOfReference == null || termsOfReference.isBlank() ? null : termsOfReference.trim());
    }
}
