package org.missionplanner.structure;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.MissionView;
import org.missionplanner.mission.OchaPosition;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several missions' structures side by side, for HQ staff: unit types, posts by category,
 * integration model and check results. Only missions the user may see take part; the queries are
 * bounded (missions, units, posts in batches, secondary lines) whatever the number of missions.
 */
@Service
@Transactional(readOnly = true)
public class StructureComparison {

    /** At most this many missions are compared at once (a readable table). */
    public static final int MAX_MISSIONS = 8;

    private static final int MAX_CHOICES = 1000;

    private final MissionCatalog missions;
    private final OrgUnitRepository units;
    private final EntityManager entityManager;

    StructureComparison(MissionCatalog missions, OrgUnitRepository units, EntityManager entityManager) {
        this.missions = missions;
        this.units = units;
        this.entityManager = entityManager;
    }

    public record MissionChoice(long id, String acronym, String fullName) {}

    public record PostTotals(int authorised, int filled) {}

    public record ComparedMission(
            long id,
            String acronym,
            String fullName,
            OchaPosition model,
            int unitCount,
            Map<UnitType, Integer> unitTypes,
            Map<PostCategory, PostTotals> posts,
            PostTotals totalPosts,
            Map<String, IntegrationCheck> checks,
            RcHcReporting rcHc) {

        /** Whether the mission has a recorded structure at all. */
        public boolean recorded() {
            return unitCount > 0;
        }

        public int unitsOfType(UnitType type) {
            return unitTypes.getOrDefault(type, 0);
        }
    }

    /**
     * The reporting lines of the mission's DSRSG RC/HC: the unit it reports to within the mission
     * (null when none) and its secondary lines to outside entities (DOCO for the RC role, the ERC for
     * the HC role) and to other units. {@code hats} is 3 when both outside lines exist (DSRSG, RC and
     * HC: triple-hatted), 2 with one of them, 1 with none.
     */
    public record RcHcReporting(
            long unitId, String unitName, String reportsTo, List<ExternalEntity> external, List<String> internal) {

        public int hats() {
            return 1
                    + (external.contains(ExternalEntity.DOCO) ? 1 : 0)
                    + (external.contains(ExternalEntity.ERC) ? 1 : 0);
        }
    }

    /** The missions compared (in the order asked), the unit types any of them has, and every mission the user may pick. */
    public record Result(
            List<ComparedMission> missions,
            List<UnitType> unitTypes,
            List<MissionChoice> choices,
            List<String> checkCodes) {}

    /** Compares the requested missions the user may see; ids of other missions are silently left out. */
    @PreAuthorize("isAuthenticated()")
    public Result compare(Collection<Long> requestedIds, Authentication authentication) {
        List<MissionView> visible = missions.search(
                        "", authentication, PageRequest.of(0, MAX_CHOICES, Sort.by("acronym")))
                .getContent();
        Map<Long, MissionView> byId =
                visible.stream().collect(Collectors.toMap(MissionView::id, m -> m, (a, b) -> a, LinkedHashMap::new));
        List<Long> ids = new LinkedHashSet<>(requestedIds == null ? List.<Long>of() : requestedIds)
                .stream().filter(byId::containsKey).limit(MAX_MISSIONS).toList();
        List<MissionChoice> choices = visible.stream()
                .map(m -> new MissionChoice(m.id(), m.acronym(), m.fullName()))
                .toList();
        if (ids.isEmpty()) {
            return new Result(List.of(), List.of(), choices, IntegrationChecks.CODES);
        }

        List<OrgUnit> allUnits = units.findByMissions(ids);
        List<SecondaryLine> allLines = entityManager
                .createQuery("""
                select l from SecondaryLine l
                where l.fromUnitId in (select u.id from OrgUnit u where u.missionId in :missionIds)
                """, SecondaryLine.class)
                .setParameter("missionIds", ids)
                .getResultList();
        Map<Long, List<OrgUnit>> unitsByMission =
                allUnits.stream().collect(Collectors.groupingBy(OrgUnit::getMissionId));
        Map<Long, Long> missionOfUnit =
                allUnits.stream().collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getMissionId));
        Map<Long, List<SecondaryLine>> linesByMission =
                allLines.stream().collect(Collectors.groupingBy(line -> missionOfUnit.get(line.getFromUnitId())));

        List<ComparedMission> compared = new ArrayList<>();
        Set<UnitType> typesPresent = new LinkedHashSet<>();
        for (long id : ids) {
            MissionView mission = byId.get(id);
            List<OrgUnit> missionUnits = unitsByMission.getOrDefault(id, List.of());
            ComparedMission row = compared(mission, missionUnits, linesByMission.getOrDefault(id, List.of()));
            typesPresent.addAll(row.unitTypes().keySet());
            compared.add(row);
        }
        List<UnitType> types = List.of(UnitType.values()).stream()
                .filter(typesPresent::contains)
                .toList();
        return new Result(compared, types, choices, IntegrationChecks.CODES);
    }

    private static ComparedMission compared(MissionView mission, List<OrgUnit> units, List<SecondaryLine> lines) {
        Map<UnitType, Integer> types = new EnumMap<>(UnitType.class);
        Map<PostCategory, int[]> sums = new EnumMap<>(PostCategory.class);
        for (PostCategory category : PostCategory.values()) {
            sums.put(category, new int[2]);
        }
        for (OrgUnit unit : units) {
            types.merge(unit.getUnitType(), 1, Integer::sum);
            for (UnitPosts posts : unit.getPosts()) {
                sums.get(posts.category())[0] += posts.authorised();
                sums.get(posts.category())[1] += posts.filled();
            }
        }
        Map<PostCategory, PostTotals> posts = new EnumMap<>(PostCategory.class);
        sums.forEach((category, sum) -> posts.put(category, new PostTotals(sum[0], sum[1])));
        var total = new PostTotals(
                posts.values().stream().mapToInt(PostTotals::authorised).sum(),
                posts.values().stream().mapToInt(PostTotals::filled).sum());
        Map<String, IntegrationCheck> checks = new LinkedHashMap<>();
        IntegrationChecks.evaluate(mission.ochaPosition(), units, lines)
                .forEach(check -> checks.put(check.code(), check));
        RcHcReporting rcHc = rcHc(units, lines);
        return new ComparedMission(
                mission.id(),
                mission.acronym(),
                mission.fullName(),
                mission.ochaPosition(),
                units.size(),
                types,
                posts,
                total,
                checks,
                rcHc);
    }

    private static RcHcReporting rcHc(List<OrgUnit> units, List<SecondaryLine> lines) {
        Map<Long, OrgUnit> byId = units.stream().collect(Collectors.toMap(OrgUnit::getId, u -> u, (a, b) -> a));
        return units.stream()
                .filter(unit -> unit.getUnitType() == UnitType.DSRSG_RC_HC)
                .findFirst()
                .map(unit -> {
                    OrgUnit superior = unit.getReportsToId() == null ? null : byId.get(unit.getReportsToId());
                    List<SecondaryLine> own = lines.stream()
                            .filter(line -> unit.getId().equals(line.getFromUnitId()))
                            .toList();
                    return new RcHcReporting(
                            unit.getId(),
                            unit.getName(),
                            superior == null ? null : superior.getName(),
                            own.stream()
                                    .map(SecondaryLine::getExternalEntity)
                                    .filter(java.util.Objects::nonNull)
                                    .distinct()
                                    .toList(),
                            own.stream()
                                    .filter(line -> line.getToUnitId() != null && byId.containsKey(line.getToUnitId()))
                                    .map(line -> byId.get(line.getToUnitId()).getName())
                                    .toList());
                })
                .orElse(null);
    }
}
