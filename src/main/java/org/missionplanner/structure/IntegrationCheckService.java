package org.missionplanner.structure;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.OchaPosition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The advisory integration checks of a mission's structure, for pages and the API. */
@Service
@Transactional(readOnly = true)
public class IntegrationCheckService {

    private final MissionCatalog missions;
    private final OrgUnitRepository units;
    private final SecondaryLineRepository lines;
    private final EntityManager entityManager;

    IntegrationCheckService(
            MissionCatalog missions,
            OrgUnitRepository units,
            SecondaryLineRepository lines,
            EntityManager entityManager) {
        this.missions = missions;
        this.units = units;
        this.lines = lines;
        this.entityManager = entityManager;
    }

    /** The checks of a mission the user may see, in the order of {@link IntegrationChecks#CODES}. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<IntegrationCheck> checks(long missionId) {
        var mission = missions.get(missionId);
        return IntegrationChecks.evaluate(
                mission.ochaPosition(), units.findByMission(missionId), lines.findByMission(missionId));
    }

    /**
     * The checks of many missions at once, by mission id, each in the order of {@link
     * IntegrationChecks#CODES}: two statements (units with their posts, secondary lines) whatever the
     * number of missions or units. {@code models} gives each mission's integration model; the caller
     * has checked that the user may see these missions.
     */
    public Map<Long, List<IntegrationCheck>> checksOf(Map<Long, OchaPosition> models) {
        Map<Long, List<IntegrationCheck>> checks = new LinkedHashMap<>();
        if (models.isEmpty()) {
            return checks;
        }
        Collection<Long> ids = models.keySet();
        List<OrgUnit> allUnits = entityManager
                .createQuery(
                        "select distinct u from OrgUnit u left join fetch u.posts where u.missionId in :missionIds",
                        OrgUnit.class)
                .setParameter("missionIds", ids)
                .getResultList();
        List<SecondaryLine> allLines = entityManager
                .createQuery(
                        "select l from SecondaryLine l where l.fromUnitId in "
                                + "(select u.id from OrgUnit u where u.missionId in :missionIds)",
                        SecondaryLine.class)
                .setParameter("missionIds", ids)
                .getResultList();
        Map<Long, List<OrgUnit>> unitsByMission =
                allUnits.stream().collect(Collectors.groupingBy(OrgUnit::getMissionId));
        Map<Long, Long> missionOfUnit =
                allUnits.stream().collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getMissionId));
        Map<Long, List<SecondaryLine>> linesByMission = allLines.stream()
                .filter(l -> missionOfUnit.containsKey(l.getFromUnitId()))
                .collect(Collectors.groupingBy(l -> missionOfUnit.get(l.getFromUnitId())));
        models.forEach((id, model) -> checks.put(
                id,
                IntegrationChecks.evaluate(
                        model,
                        unitsByMission.getOrDefault(id, List.of()),
                        linesByMission.getOrDefault(id, List.of()))));
        return checks;
    }
}
