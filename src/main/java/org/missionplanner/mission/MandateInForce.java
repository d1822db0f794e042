package org.missionplanner.mission;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which resolution is the mandate in force, and when to warn that it runs out.
 *
 * <p>The mandate in force on a day is the latest adopted resolution (latest adoption date; on the
 * same date, the one entered last) among those adopted on or before that day whose expiry date is
 * that day or later, or that have no expiry date (open-ended). A resolution is in force up to and
 * including its expiry date. When none qualifies the mission has no mandate in force: all its
 * resolutions have expired (a closed mission), or it has none yet.
 *
 * <p>The pages warn when the mandate in force expires within {@value #WARNING_DAYS} days
 * (today included): the time the Security Council and the planners need to prepare a renewal.
 */
public final class MandateInForce {

    public static final int WARNING_DAYS = 60;

    private static final Comparator<Resolution> LATEST_ADOPTED = Comparator.comparing(Resolution::getAdoptedOn)
            .thenComparing(Resolution::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private MandateInForce() {}

    static Optional<Resolution> among(Collection<Resolution> resolutions, LocalDate today) {
        return resolutions.stream().filter(r -> r.isCurrentOn(today)).max(LATEST_ADOPTED);
    }

    /** True when an expiry date is today or within the next {@value #WARNING_DAYS} days. */
    public static boolean expiresSoon(LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && !expiresOn.isBefore(today) && !expiresOn.isAfter(today.plusDays(WARNING_DAYS));
    }

    public static long daysUntil(LocalDate expiresOn, LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }
}
