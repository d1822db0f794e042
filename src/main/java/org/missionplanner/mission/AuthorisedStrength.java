package org.missionplanner.mission;

import jakarta.persistence.Embeddable;

/** Authorised personnel by category; null means "not set". */
@Embeddable
public record AuthorisedStrength(Integer troops, Integer militaryObservers, Integer individualPolice,
        Integer formedPoliceUnits, Integer internationalCivilians, Integer nationalStaff, Integer unVolunteers) {

    public static AuthorisedStrength none() {
        return new AuthorisedStrength(null, null, null, null, null, null, null);
    }

    public int total() {
        return sum(troops) + sum(militaryObservers) + sum(individualPolice) + sum(formedPoliceUnits)
                + sum(internationalCivilians) + sum(nationalStaff) + sum(unVolunteers);
    }

    private static int sum(Integer value) {
        return value == null ? 0 : value;
    }
}
