package org.missionplanner.partner;

/** What a user says about an organisation when creating or editing it (trimmed, blanks as null). */
public record OrganisationDetails(
        String acronym,
        String fullName,
        OrganisationKind kind,
        String headquarters,
        String website,
        boolean humanitarian,
        Long parentId,
        String notes) {}
