package org.missionplanner.coordination;

import java.time.LocalDate;
import org.missionplanner.actor.Party;

/** An action item as a meeting records it; {@code id} names an existing item of the meeting, or is null for a new one. */
public record ActionDetails(Long id, String description, Party owner, LocalDate dueOn) {}
