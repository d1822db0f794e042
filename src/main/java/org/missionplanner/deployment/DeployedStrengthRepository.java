package org.missionplanner.deployment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeployedStrengthRepository extends JpaRepository<DeployedStrength, Long> {

    @Query("select s from DeployedStrength s where s.missionAcronym = :acronym order by s.year")
    List<DeployedStrength> findOfMission(String acronym);

    @Query("select s from DeployedStrength s where s.missionAcronym in :acronyms order by s.year")
    List<DeployedStrength> findOfMissions(java.util.Collection<String> acronyms);
}
