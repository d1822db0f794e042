package org.missionplanner.admin;

/** A new or reset account with its temporary password, shown once to the administrator. */
public record CreatedUser(long userId, String username, String temporaryPassword) {}
