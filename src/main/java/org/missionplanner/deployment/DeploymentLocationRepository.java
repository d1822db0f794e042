package org.missionplanner.deployment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeploymentLocationRepository extends JpaRepository<DeploymentLocation, Long> {

    @Query("select l from DeploymentLocation l where l.missionAcronym = :acronym and l.year = :year"
            + " order by l.troops desc, l.name")
    List<DeploymentLocation> findOfYear(String acronym, int year);

    /** Every year with locations, with the sum of the troops at them. */
    @Query("select new org.missionplanner.deployment.YearTroops(l.year, sum(l.troops)) from DeploymentLocation l"
            + " where l.missionAcronym = :acronym group by l.year order by l.year")
    List<YearTroops> findYearTotals(String acronym);

    /** Every year with locations of these missions, with the troops at them, per mission. */
    @Query("select new org.missionplanner.deployment.MissionYearTroops(l.missionAcronym, l.year, sum(l.troops))"
            + " from DeploymentLocation l where l.missionAcronym in :acronyms"
            + " group by l.missionAcronym, l.year order by l.year")
    List<MissionYearTroops> findYearTotalsOf(java.util.Collection<String> acronyms);
}
