package org.missionplanner.actor;

/** A party with the name to show: a unit's name, or an organisation's acronym and full name. */
public record NamedParty(String key, Party.Kind kind, long id, String name, String fullName) {}
