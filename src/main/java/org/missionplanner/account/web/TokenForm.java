package org.missionplanner.account.web;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;

/** A new API token: a name and an optional last day of validity (UTC). */
record TokenForm(
        @NotBlank @Size(max = 100) String name,

        @Future @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate expiresOn) {

    static TokenForm empty() {
        return new TokenForm("", null);
    }

    Instant expiresAt() {
        return expiresOn == null
                ? null
                : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
