package org.missionplanner.admin;

/** Published when a user's open sessions must end at once (account disabled, role changed). */
public record UserSessionsRevoked(String username) {}
