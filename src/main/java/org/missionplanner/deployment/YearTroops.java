package org.missionplanner.deployment;

/** A year with deployment locations and the troops counted at them. */
record YearTroops(int year, long troops) {}
