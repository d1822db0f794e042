package org.missionplanner.admin;

import java.time.Instant;

/**
 * An administrator created an account with an e-mail address while mail is configured: the mail
 * module sends {@code token} (in clear only here, the database keeps its hash) to the user.
 */
public record FirstSignInLinkIssued(long userId, String token, Instant expiresAt) {}
