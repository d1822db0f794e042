package org.missionplanner.mission;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionplanner.security.MissionAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every mission a user may see with its facts and its mandate in force, for the HQ portfolio: two
 * statements (the missions with their host countries, their resolutions) whatever the number of
 * missions. The mandate in force is chosen as everywhere else ({@link MandateInForce}).
 */
@Service
@Transactional(readOnly = true)
public class MissionPortfolioFacts {

    /** A mission and its mandate in force today (null fields when it has none). */
    public record MissionWithMandate(MissionView mission, String mandateSymbol, LocalDate mandateExpiresOn) {}

    private final EntityManager entityManager;
    private final MissionAccess access;
    private final Clock clock;

    MissionPortfolioFacts(EntityManager entityManager, MissionAccess access, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The missions the user may see, by acronym. */
    public List<MissionWithMandate> visible(Authentication authentication) {
        var visible = access.visibleMissions(authentication);
        if (!visible.all() && visible.ids().isEmpty()) {
            return List.of();
        }
        List<Mission> missions = (visible.all()
                        ? entityManager.createQuery(
                                "select distinct m from Mission m left join fetch m.hostCountries", Mission.class)
                        : entityManager
                                .createQuery(
                                        "select distinct m from Mission m left join fetch m.hostCountries "
                                                + "where m.id in :ids",
                                        Mission.class)
                                .setParameter("ids", visible.ids()))
                .getResultList();
        List<Resolution> resolutions = (visible.all()
                        ? entityManager.createQuery("select r from Resolution r", Resolution.class)
                        : entityManager
                                .createQuery("select r from Resolution r where r.missionId in :ids", Resolution.class)
                                .setParameter("ids", visible.ids()))
                .getResultList();
        Map<Long, List<Resolution>> byMission =
                resolutions.stream().collect(Collectors.groupingBy(Resolution::getMissionId));
        LocalDate today = today();
        return missions.stream()
                .sorted(Comparator.comparing(Mission::getAcronym, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Mission::getId))
                .map(m -> {
                    var inForce = MandateInForce.among(byMission.getOrDefault(m.getId(), List.of()), today);
                    return new MissionWithMandate(
                            MissionView.of(m),
                            inForce.map(Resolution::getSymbol).orElse(null),
                            inForce.map(Resolution::getExpiresOn).orElse(null));
                })
                .toList();
    }
}
