package org.missionplanner.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.missionplanner.mission.MissionAuditing;
import org.missionplanner.partner.OrganisationDirectory;
import org.missionplanner.partner.PartnerAuditing;
import org.missionplanner.plan.PlanAuditing;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.structure.StructureAuditing;
import org.missionplanner.structure.UnitDirectory;
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
    private final MissionDirectory missions;
    private final UnitDirectory units;
    private final OrganisationDirectory organisations;
    // the audited types, which their modules keep to themselves
    private final MissionAuditing missionAuditing;
    private final StructureAuditing structureAuditing;
    private final PartnerAuditing partnerAuditing;
    private final PlanAuditing planAuditing;

    History(
            EntityManager entityManager,
            MissionDirectory missions,
            UnitDirectory units,
            OrganisationDirectory organisations,
            MissionAuditing missionAuditing,
            StructureAuditing structureAuditing,
            PartnerAuditing partnerAuditing,
            PlanAuditing planAuditing) {
        this.missionAuditing = missionAuditing;
        this.structureAuditing = structureAuditing;
        this.partnerAuditing = partnerAuditing;
        this.planAuditing = planAuditing;
        this.entityManager = entityManager;
        this.missions = missions;
        this.units = units;
        this.organisations = organisations;
    }

    /** Everything recorded about the mission: its facts, mandate, structure, partnerships and plans. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<HistoryEntry> ofMission(long missionId, int limit) {
        requireMission(missionId);
        HistoryNames names = namesFor(missionId);
        List<HistoryEntry> entries = new ArrayList<>();
        entries.addAll(changesOf(missionAuditing.missionType(), AuditEntity.id().eq(missionId), names));
        entries.addAll(changesOf(
                missionAuditing.resolutionType(),
                AuditEntity.property("missionId").eq(missionId),
                names));
        entries.addAll(structureChanges(missionId, names));
        entries.addAll(changesOf(
                partnerAuditing.partnershipType(),
                AuditEntity.property("missionId").eq(missionId),
                names));
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
        List<HistoryEntry> units = changesOf(
                structureAuditing.unitType(), AuditEntity.property("missionId").eq(missionId), names);
        List<HistoryEntry> entries = new ArrayList<>(units);
        Set<Long> unitIds = units.stream().map(HistoryEntry::subjectId).collect(toSet());
        if (!unitIds.isEmpty()) {
            entries.addAll(changesOf(
                    structureAuditing.secondaryLineType(),
                    AuditEntity.property("fromUnitId").in(unitIds),
                    names));
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
                    label(type, entity, fields),
                    action,
                    changes));
        }
        return entries;
    }

    /** Its title or name; a partnership by its organisation, a reporting line by the units it joins. */
    private String label(Class<?> type, Object entity, Map<String, String> fields) {
        String label = EntitySnapshot.label(entity);
        boolean partnership = type == partnerAuditing.partnershipType();
        if (!label.isBlank() || !(partnership || type == structureAuditing.secondaryLineType())) {
            return label;
        }
        if (partnership) {
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
        return new HistoryNames(units.namesAsLastRecorded(missionId), organisations.acronyms());
    }

    private void requireMission(long missionId) {
        if (!missions.exists(missionId)) {
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
