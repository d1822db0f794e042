package org.missionplanner.mission;

import java.time.LocalDate;
import java.util.List;

/**
 * A mission's mandate on a day: the resolution in force (null when none is, see
 * {@link MandateInForce}) and the full history, newest first.
 */
public record MandateOverview(ResolutionView inForce, List<ResolutionView> history, LocalDate today) {

    public boolean hasMandateInForce() {
        return inForce != null;
    }

    /** The mandate in force runs out within {@value MandateInForce#WARNING_DAYS} days: time to prepare the renewal. */
    public boolean expiresSoon() {
        return inForce != null && MandateInForce.expiresSoon(inForce.expiresOn(), today);
    }

    public long daysToExpiry() {
        return inForce == null || inForce.expiresOn() == null
                ? -1
                : MandateInForce.daysUntil(inForce.expiresOn(), today);
    }

    /** The most recently adopted resolution, in force or not. */
    public ResolutionView latest() {
        return history.isEmpty() ? null : history.get(0);
    }
}
