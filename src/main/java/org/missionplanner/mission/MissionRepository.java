package org.missionplanner.mission;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MissionRepository extends JpaRepository<Mission, Long> {

    @Query("select m from Mission m where lower(m.acronym) = lower(:acronym)")
    Optional<Mission> findByAcronym(@Param("acronym") String acronym);

    @Query("""
            select m from Mission m
            where (:text = '' or lower(m.acronym) like concat('%', :text, '%') or lower(m.fullName) like concat('%', :text, '%'))
            """)
    Page<Mission> search(@Param("text") String text, Pageable pageable);

    @Query("""
            select m from Mission m
            where m.id in :ids
              and (:text = '' or lower(m.acronym) like concat('%', :text, '%') or lower(m.fullName) like concat('%', :text, '%'))
            """)
    Page<Mission> searchAmong(@Param("ids") Collection<Long> ids, @Param("text") String text, Pageable pageable);

    long countByIdIn(Collection<Long> ids);
}
