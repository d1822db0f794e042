package org.missionplanner.national;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NationalActorRepository extends JpaRepository<NationalActor, Long> {

    @Query("select a from NationalActor a where a.country in :countries")
    List<NationalActor> findInCountries(Collection<String> countries);

    @Query("select a.id from NationalActor a where a.country in :countries")
    List<Long> findIdsInCountries(Collection<String> countries);

    @Query("select a.id, a.kind from NationalActor a where a.id in :ids")
    List<Object[]> findKinds(Collection<Long> ids);

    @Query("select a from NationalActor a where a.id in :ids")
    List<NationalActor> findByIds(Collection<Long> ids);
}
