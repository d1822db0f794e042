package org.missionplanner.admin;

import java.time.Instant;

/** A token just created: its value is shown once and never stored. */
public record IssuedToken(long id, String name, String token, Instant expiresAt) {}
