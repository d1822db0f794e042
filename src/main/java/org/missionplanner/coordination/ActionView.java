package org.missionplanner.coordination;

import java.time.LocalDate;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.PartyNames;

/** An action item with its owner named; overdue when open and due before today. */
public record ActionView(
        long id,
        long bodyId,
        Long meetingId,
        String description,
        NamedParty owner,
        LocalDate dueOn,
        ActionStatus status,
        boolean overdue,
        long version) {

    static ActionView of(ActionItem item, PartyNames names, LocalDate today) {
        return new ActionView(
                item.getId(),
                item.getBodyId(),
                item.getMeetingId(),
                item.getDescription(),
                names.name(item.getOwner()),
                item.getDueOn(),
                item.getStatus(),
                item.isOverdueOn(today),
                item.getVersion());
    }
}
