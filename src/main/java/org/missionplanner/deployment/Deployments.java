package org.missionplanner.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.mission.AuthorisedStrength;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.MissionView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's deployments from the reference data, found by the mission's acronym (MONUC and
 * MONUSCO are two missions, each with its own data). Read by those who may see the mission.
 */
@Service
@Transactional(readOnly = true)
public class Deployments {

    private final MissionCatalog missions;
    private final DeploymentLocationRepository locations;
    private final DeployedStrengthRepository strengths;
    private final ContributionRepository contributions;

    Deployments(
            MissionCatalog missions,
            DeploymentLocationRepository locations,
            DeployedStrengthRepository strengths,
            ContributionRepository contributions) {
        this.missions = missions;
        this.locations = locations;
        this.strengths = strengths;
        this.contributions = contributions;
    }

    /**
     * The mission's deployments in the year asked for; without a year, the latest with data; a year
     * without data is replaced by the nearest one that has some.
     */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public DeploymentOverview overview(long missionId, Integer year) {
        MissionView mission = missions.get(missionId);
        String acronym = DeploymentDataImport.acronym(mission.acronym());
        List<YearTroops> totals = locations.findYearTotals(acronym);
        List<Integer> years = totals.stream().map(YearTroops::year).toList();
        List<StrengthYear> strength = strength(totals, strengths.findOfMission(acronym));
        Integer authorised = authorisedUniformed(mission.strength());
        if (years.isEmpty()) {
            return new DeploymentOverview(mission, years, null, null, List.of(), strength, authorised, List.of());
        }
        int shown = year == null ? years.get(years.size() - 1) : nearest(years, year);
        Integer requested = year != null && year != shown ? year : null;
        return new DeploymentOverview(
                mission,
                years,
                shown,
                requested,
                locations.findOfYear(acronym, shown).stream()
                        .map(DeploymentLocation::view)
                        .toList(),
                strength,
                authorised,
                contributions.findOfYear(acronym, shown).stream()
                        .map(Contribution::view)
                        .toList());
    }

    /**
     * The deployed strength over the years of several missions at once, by mission id (empty for a
     * mission without data): two statements whatever their number, for comparisons. The caller
     * has already checked that the user may see these missions.
     */
    public Map<Long, List<StrengthYear>> strengthOf(Collection<MissionView> shown) {
        Map<String, Long> idByAcronym = new HashMap<>();
        shown.forEach(m -> idByAcronym.put(DeploymentDataImport.acronym(m.acronym()), m.id()));
        if (idByAcronym.isEmpty()) {
            return Map.of();
        }
        Map<String, List<YearTroops>> located = new HashMap<>();
        locations
                .findYearTotalsOf(idByAcronym.keySet())
                .forEach(y -> located.computeIfAbsent(y.missionAcronym(), k -> new ArrayList<>())
                        .add(y.yearTroops()));
        Map<String, List<DeployedStrength>> counted = new HashMap<>();
        strengths
                .findOfMissions(idByAcronym.keySet())
                .forEach(s -> counted.computeIfAbsent(s.getMissionAcronym(), k -> new ArrayList<>())
                        .add(s));
        Map<Long, List<StrengthYear>> byMission = new HashMap<>();
        idByAcronym.forEach((acronym, id) -> byMission.put(
                id, strength(located.getOrDefault(acronym, List.of()), counted.getOrDefault(acronym, List.of()))));
        return byMission;
    }

    /** The mission's contributors in a year (the nearest with RADPKO data when it has none). */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public ContributorsOverview contributors(long missionId, Integer year) {
        MissionView mission = missions.get(missionId);
        String acronym = DeploymentDataImport.acronym(mission.acronym());
        List<Integer> years = strengths.findOfMission(acronym).stream()
                .map(DeployedStrength::getYear)
                .toList();
        if (years.isEmpty()) {
            return new ContributorsOverview(mission, years, null, null, List.of());
        }
        int shown = year == null ? years.get(years.size() - 1) : nearest(years, year);
        return new ContributorsOverview(
                mission,
                years,
                shown,
                year != null && year != shown ? year : null,
                contributions.findOfYear(acronym, shown).stream()
                        .map(Contribution::view)
                        .toList());
    }

    /** RADPKO's figures where it has the year, otherwise the troops at the year's GeoPKO locations. */
    static List<StrengthYear> strength(List<YearTroops> located, List<DeployedStrength> counted) {
        Map<Integer, StrengthYear> byYear = new TreeMap<>();
        for (YearTroops y : located) {
            byYear.put(y.year(), new StrengthYear(y.year(), (int) y.troops(), null, null, true));
        }
        Map<Integer, DeployedStrength> radpko =
                counted.stream().collect(Collectors.toMap(DeployedStrength::getYear, Function.identity()));
        radpko.forEach((y, s) -> byYear.put(y, new StrengthYear(y, s.troops(), s.police(), s.observers(), false)));
        return new ArrayList<>(byYear.values());
    }

    /** The year of the list nearest to the one asked for; the earlier of two as near. */
    static int nearest(List<Integer> years, int year) {
        return years.stream()
                .min(Comparator.comparingInt((Integer y) -> Math.abs(y - year)).thenComparingInt(y -> y))
                .orElseThrow();
    }

    private static Integer authorisedUniformed(AuthorisedStrength strength) {
        if (strength.troops() == null
                && strength.militaryObservers() == null
                && strength.individualPolice() == null
                && strength.formedPoliceUnits() == null) {
            return null;
        }
        return value(strength.troops())
                + value(strength.militaryObservers())
                + value(strength.individualPolice())
                + value(strength.formedPoliceUnits());
    }

    private static int value(Integer value) {
        return value == null ? 0 : value;
    }
}
