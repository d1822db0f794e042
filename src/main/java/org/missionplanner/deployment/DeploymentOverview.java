package org.missionplanner.deployment;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.missionplanner.mission.MissionView;

/**
 * What is known of a mission's deployments: the years with locations, the year shown (null when
 * the mission has none; the nearest one when the year asked for has no data, {@code requestedYear}
 * then saying which was asked), its locations, the strength over the years, the authorised
 * uniformed strength (null when not recorded) and the year's contributors.
 */
public record DeploymentOverview(
        MissionView mission,
        List<Integer> years,
        Integer year,
        Integer requestedYear,
        List<LocationView> locations,
        List<StrengthYear> strength,
        Integer authorisedUniformed,
        List<ContributorView> contributors) {

    public static final int TOP = 10;

    public boolean hasData() {
        return !years.isEmpty();
    }

    /** True when the year asked for has no data and the nearest year is shown instead. */
    public boolean yearReplaced() {
        return requestedYear != null;
    }

    public List<ContributorView> topTroopContributors() {
        return top(ContributorView::troops);
    }

    public List<ContributorView> topPoliceContributors() {
        return top(ContributorView::police);
    }

    private List<ContributorView> top(ToIntFunction<ContributorView> personnel) {
        return contributors.stream()
                .filter(c -> personnel.applyAsInt(c) > 0)
                .sorted(Comparator.comparingInt(personnel).reversed().thenComparing(ContributorView::country))
                .limit(TOP)
                .toList();
    }

    public int troops() {
        return locations.stream().mapToInt(LocationView::troops).sum();
    }
}
