package org.missionplanner.national;

/**
 * A national actor as pages, the API and other modules read it: its id is its organisation's, its
 * name the organisation's full name, its acronym the registry's; {@code version} for an edit.
 */
public record NationalActorView(
        long id, String name, String acronym, NationalActorKind kind, String country, Long parentId, long version) {}
