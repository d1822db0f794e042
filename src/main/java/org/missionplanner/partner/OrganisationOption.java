package org.missionplanner.partner;

/** An organisation as a choice in the partnership form. */
public record OrganisationOption(long id, String acronym, String fullName, boolean humanitarian) {}
