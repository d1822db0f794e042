package org.missionplanner.deployment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    @Query("select c from Contribution c where c.missionAcronym = :acronym and c.year = :year"
            + " order by c.contributor")
    List<Contribution> findOfYear(String acronym, int year);
}
