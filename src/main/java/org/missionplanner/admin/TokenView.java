package org.missionplanner.admin;

import java.time.Instant;

/** A personal API token as its owner sees it (never its value): active while usable now. */
public record TokenView(
        long id,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        boolean active) {

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(
                token.getId(),
                token.getName(),
                token.getCreatedAt(),
                token.getExpiresAt(),
                token.getRevokedAt(),
                token.getLastUsedAt(),
                token.isUsableAt(now));
    }
}
