package org.missionplanner.admin;

/** What an administrator enters to create an account; the password is generated. */
public record NewUser(String username, String displayName, String email, GlobalRole globalRole) {}
