package org.missionplanner.deployment;

/** A year with deployment locations of one mission and the troops counted at them. */
record MissionYearTroops(String missionAcronym, int year, long troops) {

    YearTroops yearTroops() {
        return new YearTroops(year, troops);
    }
}
