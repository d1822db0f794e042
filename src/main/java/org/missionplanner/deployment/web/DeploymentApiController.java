package org.missionplanner.deployment.web;

import java.util.List;
import org.missionplanner.deployment.ContributorView;
import org.missionplanner.deployment.ContributorsOverview;
import org.missionplanner.deployment.DeploymentOverview;
import org.missionplanner.deployment.Deployments;
import org.missionplanner.deployment.Headquarters;
import org.missionplanner.deployment.LocationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mission's deployments and contributors as JSON. Without {@code year}, the latest year with data;
 * a year without data answers the nearest one ({@code year}), naming the one asked for
 * ({@code requestedYear}); a mission without data answers no years and nothing else.
 */
@RestController
@RequestMapping("/api/v1/missions/{missionId}")
class DeploymentApiController {

    private final Deployments deployments;

    DeploymentApiController(Deployments deployments) {
        this.deployments = deployments;
    }

    /**
     * A location: {@code troops} is the year's average number of troops there; {@code police} and
     * {@code observers} say whether UN police and military observers were there (GeoPKO records their
     * presence, not their numbers); {@code headquarters} is MISSION, SECTOR, OTHER or null.
     */
    record Location(
            String name,
            double latitude,
            double longitude,
            int troops,
            boolean police,
            boolean observers,
            Headquarters headquarters) {

        static Location of(LocationView l) {
            return new Location(
                    l.name(), l.latitude(), l.longitude(), l.troops(), l.police(), l.observers(), l.headquarters());
        }
    }

    record DeploymentsAnswer(
            long missionId,
            String mission,
            Integer year,
            Integer requestedYear,
            List<Integer> years,
            List<Location> locations) {}

    /** A contributing country: its name as the data writes it, its ISO code when known, its personnel. */
    record Contributor(String country, String countryCode, int troops, int police, int observers) {

        static Contributor of(ContributorView c) {
            return new Contributor(c.country(), c.countryCode(), c.troops(), c.police(), c.observers());
        }
    }

    record ContributorsAnswer(
            long missionId,
            String mission,
            Integer year,
            Integer requestedYear,
            List<Integer> years,
            List<Contributor> troopContributors,
            List<Contributor> policeContributors) {}

    @GetMapping("/deployments")
    DeploymentsAnswer deployments(@PathVariable long missionId, @RequestParam(required = false) Integer year) {
        DeploymentOverview o = deployments.overview(missionId, year);
        return new DeploymentsAnswer(
                missionId,
                o.mission().acronym(),
                o.year(),
                o.requestedYear(),
                o.years(),
                o.locations().stream().map(Location::of).toList());
    }

    @GetMapping("/contributors")
    ContributorsAnswer contributors(@PathVariable long missionId, @RequestParam(required = false) Integer year) {
        ContributorsOverview o = deployments.contributors(missionId, year);
        return new ContributorsAnswer(
                missionId,
                o.mission().acronym(),
                o.year(),
                o.requestedYear(),
                o.years(),
                o.troopContributors().stream().map(Contributor::of).toList(),
                o.policeContributors().stream().map(Contributor::of).toList());
    }
}
