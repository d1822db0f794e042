package org.missionplanner.national;

/** What a user says about a new national actor (the acronym is optional). */
public record NationalActorDetails(
        String name, String acronym, NationalActorKind kind, String country, Long parentId) {}
