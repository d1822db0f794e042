package org.missionplanner.admin;

/** An edit of an account's details, with the version the administrator saw. */
public record UserChange(long version, String displayName, String email, GlobalRole globalRole) {}
