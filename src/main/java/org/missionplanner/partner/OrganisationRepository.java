package org.missionplanner.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where o.kind = :kind and lower(o.acronym) = lower(:acronym)")
    Optional<Organisation> findByKindAndAcronym(@Param("kind") OrganisationKind kind, @Param("acronym") String acronym);

    @Query("select o from Organisation o where lower(o.acronym) = lower(:acronym) order by o.id")
    List<Organisation> findByAcronym(@Param("acronym") String acronym);

    @Query("select o from Organisation o where o.id in :ids")
    List<Organisation> findByIds(@Param("ids") Collection<Long> ids);

    @Query("select o.id, o.acronym from Organisation o")
    List<Object[]> findAllAcronyms();

    @Query("select o from Organisation o order by lower(o.acronym), o.id")
    List<Organisation> findAllByAcronym();

    @Query("select o from Organisation o where o.parentId = :parentId order by lower(o.acronym), o.id")
    List<Organisation> findChildren(@Param("parentId") long parentId);

    /** One page of organisations matching the filters (each null = any), sorted by acronym. */
    @Query(value = """
            select o from Organisation o
            where (:text = '' or lower(o.acronym) like concat('%', :text, '%')
                                 or lower(o.fullName) like concat('%', :text, '%')
                                 or o.id in :aliasIds)
              and (:kind is null or o.kind = :kind)
              and (:humanitarian is null or o.humanitarian = :humanitarian)
            order by lower(o.acronym), o.id""", countQuery = """
            select count(o) from Organisation o
            where (:text = '' or lower(o.acronym) like concat('%', :text, '%')
                                 or lower(o.fullName) like concat('%', :text, '%')
                                 or o.id in :aliasIds)
              and (:kind is null or o.kind = :kind)
              and (:humanitarian is null or o.humanitarian = :humanitarian)""")
    Page<Organisation> search(
            @Param("text") String text,
            @Param("kind") OrganisationKind kind,
            @Param("humanitarian") Boolean humanitarian,
            @Param("aliasIds") Collection<Long> aliasIds,
            Pageable pageable);
}
