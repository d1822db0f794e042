package org.missionplanner.actor;

import java.util.List;

/** What a form offers as chair, member, attendee or owner: the mission's units and the organisations. */
public record PartyChoices(List<NamedParty> units, List<NamedParty> organisations) {}
