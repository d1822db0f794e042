package org.missionplanner.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where o.kind = :kind and lower(o.acronym) = lower(:acronym)")
    Optional<Organisation> findByKindAndAcronym(@Param("kind") OrganisationKind kind, @Param("acronym") String acronym);

    @Query("select o from Organisation o where lower(o.acronym) = lower(:acronym) order by o.id")
    List<Organisation> findByAcronym(@Param("acronym") String acronym);

    @Query("select o from Organisation o where o.id in :ids")
    List<Organisation> findByIds(@Param("ids") Collection<Long> ids);
}
