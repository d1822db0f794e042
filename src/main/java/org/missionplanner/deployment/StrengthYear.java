package org.missionplanner.deployment;

/**
 * The deployed strength of a mission in a year. From RADPKO when it covers the year (troops, police
 * and observers); otherwise the troops counted at GeoPKO's locations, police and observers unknown
 * ({@code fromLocations}).
 */
public record StrengthYear(int year, int troops, Integer police, Integer observers, boolean fromLocations) {

    public int deployed() {
        return troops + (police == null ? 0 : police) + (observers == null ? 0 : observers);
    }
}
