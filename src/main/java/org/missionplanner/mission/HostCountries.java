package org.missionplanner.mission;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which countries host which missions, for modules that keep records per host country. */
@Service
@Transactional(readOnly = true)
public class HostCountries {

    private final EntityManager entityManager;

    HostCountries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The host countries of a mission (ISO codes); empty for an unknown mission. */
    public Set<String> of(long missionId) {
        return new TreeSet<>(entityManager
                .createQuery("select c from Mission m join m.hostCountries c where m.id = :id", String.class)
                .setParameter("id", missionId)
                .getResultList());
    }

    /** The ids of the missions the country hosts. */
    public Set<Long> missionsHostedIn(String country) {
        return Set.copyOf(entityManager
                .createQuery("select m.id from Mission m join m.hostCountries c where c = :country", Long.class)
                .setParameter("country", country)
                .getResultList());
    }

    /** Every country that hosts at least one mission, by code. */
    public List<String> all() {
        return entityManager
                .createQuery("select distinct c from Mission m join m.hostCountries c order by c", String.class)
                .getResultList();
    }
}
