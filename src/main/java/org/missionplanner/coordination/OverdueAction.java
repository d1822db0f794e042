package org.missionplanner.coordination;

import java.time.LocalDate;

/** An open action item past its due date, with the names a list needs. */
public record OverdueAction(
        long id,
        long missionId,
        String missionAcronym,
        long bodyId,
        String bodyName,
        Long meetingId,
        String description,
        String ownerName,
        LocalDate dueOn,
        long version) {}
