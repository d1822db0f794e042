package org.missionplanner.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.missionplanner.mission.Mission;
import org.missionplanner.mission.Resolution;
import org.missionplanner.partner.Partnership;
import org.missionplanner.plan.PlanAuditing;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.structure.OrgUnit;
import org.missionplanner.structure.SecondaryLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the recorded changes of a mission, of its structure or of a plan, newest first. Each kind
 * of record is read in one query over its audit table; each version is compared with the one
 * before it, so that an entry names exactly the fields that changed.
 */
@Service
@Transactional(readOnly = true)
public class History {

    /** The most entries a page or the API returns at once. */
    public static final int MAX_ENTRIES = 200;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final PlanAuditing planAuditing;

    History(EntityManager entityManager, JdbcTemplate jdbc, PlanAuditing planAuditing) {
        this.planAuditing = planAuditing;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** Everything recorded about the mission: its facts, mandate, structure, partnerships and plans. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<HistoryEntry> ofMission(long missionId, int limit) {
        requireMission(missionId);
        HistoryNames names = namesFor(missionId);
        List<HistoryEntry> entries = new ArrayList<>();
        entries.addAll(changesOf(Mission.class, AuditEntity.id().eq(missionId), names));
        entries.addAll(
                changesOf(Resolution.class, AuditEntity.property("missionId").eq(missionId), names));
        entries.addAll(structureChanges(missionId, names));
        entries.addAll(
                changesOf(Partnership.class, AuditEntity.property("missionId").eq(missionId), names));
        List<HistoryEntry> plans = changesOf(
                planAuditing.planType(), AuditEntity.property("missionId").eq(missionId), names);
        entries.addAll(plans);
        entries.addAll(
                planPartChanges(plans.stream().map(HistoryEntry::subjectId).collect(toSet()), names));
        return newestFirst(entries, limit);
    }

    /** The recorded changes of the mission's units and reporting lines. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<HistoryEntry> ofStructure(long missionId, int limit) {
        requireMission(missionId);
        return newestFirst(structureChanges(missionId, namesFor(missionId)), limit);
    }

    /** The recorded changes of a plan and every part of it. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<HistoryEntry> ofPlan(long planId, int limit) {
        Long missionId = planAuditing.missionOf(planId).orElse(null);
        if (missionId == null) {
            throw new NotFoundException("Plan", planId);
        }
        HistoryNames names = namesFor(missionId);
        List<HistoryEntry> entries = new ArrayList<>(
                changesOf(planAuditing.planType(), AuditEntity.id().eq(planId), names));
        entries.addAll(planPartChanges(Set.of(planId), names));
        return newestFirst(entries, limit);
    }

    private List<HistoryEntry> structureChanges(long missionId, HistoryNames names) {
        List<HistoryEntry> units =
                changesOf(OrgUnit.class, AuditEntity.property("missionId").eq(missionId), names);
        List<HistoryEntry> entries = new ArrayList<>(units);
        Set<Long> unitIds = units.stream().map(HistoryEntry::subjectId).collect(toSet());
        if (!unitIds.isEmpty()) {
            entries.addAll(changesOf(
                    SecondaryLine.class, AuditEntity.property("fromUnitId").in(unitIds), names));
        }
        return entries;
    }

    private List<HistoryEntry> planPartChanges(Set<Long> planIds, HistoryNames names) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        planAuditing
                .partTypes()
                .forEach(part -> entries.addAll(
                        changesOf(part, AuditEntity.property("planId").in(planIds), names)));
        return entries;
    }

    /** Every recorded version of the matching entities, each compared with the version before it. */
    private List<HistoryEntry> changesOf(Class<?> type, AuditCriterion criterion, HistoryNames names) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        String kind = type.getSimpleName();
        Map<Long, Map<String, String>> previous = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Object entity = row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            long id = EntitySnapshot.id(entity);
            Map<String, String> fields = EntitySnapshot.fields(entity, names);
            Map<String, String> before = previous.put(id, fields);
            HistoryEntry.Action action = switch (revisionType) {
                case ADD -> HistoryEntry.Action.ADDED;
                case MOD -> HistoryEntry.Action.CHANGED;
                case DEL -> HistoryEntry.Action.REMOVED;
            };
            List<HistoryEntry.FieldChange> changes = action == HistoryEntry.Action.CHANGED
                    ? differences(before == null ? Map.of() : before, fields)
                    : List.of();
            if (action == HistoryEntry.Action.CHANGED && changes.isEmpty()) {
                continue;
            }
            entries.add(new HistoryEntry(
                    revision.getId(),
                    revision.getChangedAt(),
                    revision.getUsername(),
                    kind,
                    id,
                    label(entity, fields),
                    action,
                    changes));
        }
        return entries;
    }

    /** Its title or name; a partnership by its organisation, a reporting line by the units it joins. */
    private static String label(Object entity, Map<String, String> fields) {
        String label = EntitySnapshot.label(entity);
        if (!label.isBlank() || !(entity instanceof Partnership || entity instanceof SecondaryLine)) {
            return label;
        }
        if (entity instanceof Partnership) {
            return Objects.requireNonNullElse(fields.get("organisation"), "");
        }
        String to = fields.get("toUnit") != null ? fields.get("toUnit") : fields.get("externalEntity");
        return fields.get("fromUnit") + " → " + to;
    }

    private static List<HistoryEntry.FieldChange> differences(Map<String, String> before, Map<String, String> after) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new HistoryEntry.FieldChange(field, old, value));
            }
        });
        return changes;
    }

    private HistoryNames namesFor(long missionId) {
        Map<Long, String> units = new LinkedHashMap<>();
        // current names first; units removed since keep the last name recorded for them
        jdbc.query(
                """
                select id, name from org_unit where mission_id = ?
                union all
                select id, name from (select distinct on (id) id, name from org_unit_aud
                                       where mission_id = ? and name is not null order by id, rev desc) removed
                 where id not in (select id from org_unit where mission_id = ?)""",
                rs -> {
                    units.put(rs.getLong(1), rs.getString(2));
                },
                missionId,
                missionId,
                missionId);
        Map<Long, String> organisations = new HashMap<>();
        jdbc.query("select id, acronym from organisation", rs -> {
            organisations.put(rs.getLong(1), rs.getString(2));
        });
        return new HistoryNames(units, organisations);
    }

    private void requireMission(long missionId) {
        Boolean exists =
                jdbc.queryForObject("select exists (select 1 from mission where id = ?)", Boolean.class, missionId);
        if (!Boolean.TRUE.equals(exists)) {
            throw new NotFoundException("Mission", missionId);
        }
    }

    private static List<HistoryEntry> newestFirst(Collection<HistoryEntry> entries, int limit) {
        return entries.stream()
                .sorted(Comparator.comparingLong(HistoryEntry::revision)
                        .reversed()
                        .thenComparing(HistoryEntry::subjectKind)
                        .thenComparingLong(HistoryEntry::subjectId))
                .limit(Math.max(1, Math.min(limit, MAX_ENTRIES)))
                .toList();
    }

    private static java.util.stream.Collector<Long, ?, Set<Long>> toSet() {
        return java.util.stream.Collectors.toCollection(HashSet::new);
    }
}
