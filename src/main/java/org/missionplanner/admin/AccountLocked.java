package org.missionplanner.admin;

/** Published when failed sign-ins lock an account, once the lock is committed. */
public record AccountLocked(long userId, String username) {}
