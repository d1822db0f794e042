package org.missionplanner.mission;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * The resolutions in force on at least one day of the period, oldest first. Which resolution is
     * in force changes only on an adoption day or the day after an expiry, so those days (and the
     * period's first) are the only ones to look at.
     */
    static List<Resolution> during(Collection<Resolution> resolutions, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        TreeSet<LocalDate> turns = new TreeSet<>();
        turns.add(from);
        for (Resolution r : resolutions) {
            turns.add(r.getAdoptedOn());
            if (r.getExpiresOn() != null) {
                turns.add(r.getExpiresOn().plusDays(1));
            }
        }
        Set<Resolution> inForce = new LinkedHashSet<>();
        turns.subSet(from, true, to, true)
                .forEach(day -> among(resolutions, day).ifPresent(inForce::add));
        return inForce.stream().sorted(LATEST_ADOPTED).toList();
    }

    /** True when an expiry date is today or within the next {@value #WARNING_DAYS} days. */
    public static boolean expiresSoon(LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && !expiresOn.isBefore(today) && !expiresOn.isAfter(today.plusDays(WARNING_DAYS));
    }

    public static long daysUntil(LocalDate expiresOn, LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }
}
