package org.missionplanner.mission;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MissionRepository extends JpaRepository<Mission, Long> {

    @Query("select m.id, m.acronym, m.fullName from Mission m where m.id in :ids")
    java.util.List<Object[]> refsByIds(@Param("ids") Collection<Long> ids);

    @Query("select m from Mission m where lower(m.acronym) = lower(:acronym)")
    Optional<Mission> findByAcronym(@Param("acronym") String acronym);

    String FILTER = """
            from Mission m
            where (:text = '' or lower(m.acronym) like concat('%', :text, '%') or lower(m.fullName) like concat('%', :text, '%'))
              and (:type is null or m.type = :type)
              and (:phase is null or m.phase = :phase)
              and (:ochaPosition is null or m.ochaPosition = :ochaPosition)
              and (:country = '' or exists (select 1 from Mission h join h.hostCountries c where h = m and c = :country))
            """;

    @Query(value = "select m " + FILTER, countQuery = "select count(m) " + FILTER)
    Page<Mission> search(
            @Param("text") String text,
            @Param("type") MissionType type,
            @Param("phase") MissionPhase phase,
            @Param("ochaPosition") OchaPosition ochaPosition,
            @Param("country") String country,
            Pageable pageable);

    @Query(
            value = "select m " + FILTER + " and m.id in :ids",
            countQuery = "select count(m) " + FILTER + " and m.id in :ids")
    Page<Mission> searchAmong(
            @Param("ids") Collection<Long> ids,
            @Param("text") String text,
            @Param("type") MissionType type,
            @Param("phase") MissionPhase phase,
            @Param("ochaPosition") OchaPosition ochaPosition,
            @Param("country") String country,
            Pageable pageable);

    long countByIdIn(Collection<Long> ids);
}
