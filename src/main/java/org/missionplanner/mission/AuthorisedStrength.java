package org.missionplanner.mission;

import jakarta.persistence.Embeddable;

/** Authorised personnel by category; null means "not set". */
@Embeddable
public record AuthorisedStrength(
        Integer troops,
        Integer militaryObservers,
        Integer individualPolice,
        Integer formedPoliceUnits,
        Integer internationalCivilians,
        Integer nationalStaff,
        Integer unVolunteers) {

    public static AuthorisedStrength none() {
        return new AuthorisedStrength(null, null, null, null, null, null, null);
    }

    /** The value of one category by its name, for tables that list every category. */
    public Integer get(String category) {
        return switch (category) {
            case "troops" -> troops;
            case "militaryObservers" -> militaryObservers;
            case "individualPolice" -> individualPolice;
            case "formedPoliceUnits" -> formedPoliceUnits;
            case "internationalCivilians" -> internationalCivilians;
            case "nationalStaff" -> nationalStaff;
            case "unVolunteers" -> unVolunteers;
            default -> throw new IllegalArgumentException("Unknown strength category " + category);
        };
    }

    public int total() {
        return sum(troops)
                + sum(militaryObservers)
                + sum(individualPolice)
                + sum(formedPoliceUnits)
                + sum(internationalCivilians)
                + sum(nationalStaff)
                + sum(unVolunteers);
    }

    private static int sum(Integer value) {
        return value == null ? 0 : value;
    }
}
