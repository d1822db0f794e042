package org.missionplanner.mission;

/** A mission was deleted from the registry, published in the transaction that deleted it. */
public record MissionDeleted(long missionId, String acronym) {}
