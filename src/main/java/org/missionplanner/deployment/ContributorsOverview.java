package org.missionplanner.deployment;

import java.util.Comparator;
import java.util.List;
import org.missionplanner.mission.MissionView;

/** A mission's contributors in a year, with the years RADPKO covers; as {@link DeploymentOverview}. */
public record ContributorsOverview(
        MissionView mission,
        List<Integer> years,
        Integer year,
        Integer requestedYear,
        List<ContributorView> contributors) {

    public List<ContributorView> troopContributors() {
        return contributors.stream()
                .filter(c -> c.troops() > 0)
                .sorted(Comparator.comparingInt(ContributorView::troops).reversed())
                .toList();
    }

    public List<ContributorView> policeContributors() {
        return contributors.stream()
                .filter(c -> c.police() > 0)
                .sorted(Comparator.comparingInt(ContributorView::police).reversed())
                .toList();
    }
}
