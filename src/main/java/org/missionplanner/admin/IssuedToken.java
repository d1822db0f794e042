package org.missionplanner.admin;

import java.io.Serializable;
import java.time.Instant;

/**
 * A token just created: its value is shown once and never stored. Serializable because it reaches
 * the next page as a flash attribute, in the session, which lives in the database.
 */
public record IssuedToken(long id, String name, String token, Instant expiresAt) implements Serializable {}
