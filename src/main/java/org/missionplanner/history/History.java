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
import java.util.function.Supplier;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.missionplanner.cmcoord.CmcoordAuditing;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.mission.MissionAuditing;
import org.missionplanner.national.NationalAuditing;
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
    private final CmcoordAuditing cmcoordAuditing;
    private final NationalAuditing nationalAuditing;
    private final HostCountries hostCountries;

    History(
            EntityManager entityManager,
            MissionDirectory missions,
            UnitDirectory units,
            OrganisationDirectory organisations,
            MissionAuditing missionAuditing,
            StructureAuditing structureAuditing,
            PartnerAuditing partnerAuditing,
            PlanAuditing planAuditing,
            CmcoordAuditing cmcoordAuditing,
            NationalAuditing nationalAuditing,
            HostCountries hostCountries) {
        this.cmcoordAuditing = cmcoordAuditing;
        this.nationalAuditing = nationalAuditing;
        this.hostCountries = hostCountries;
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
        List<Source> sources = new ArrayList<>();
        sources.add(
                new Source(missionAuditing.missionType(), () -> AuditEntity.id().eq(missionId)));
        sources.add(new Source(
                missionAuditing.resolutionType(),
                () -> AuditEntity.property("missionId").eq(missionId)));
        sources.addAll(structureSources(names));
        sources.add(new Source(
                partnerAuditing.partnershipType(),
                () -> AuditEntity.property("missionId").eq(missionId)));
        sources.add(new Source(
                planAuditing.planType(), () -> AuditEntity.property("missionId").eq(missionId)));
        sources.addAll(planPartSources(plansEverOf(missionId)));
        sources.add(new Source(
                cmcoordAuditing.requestType(),
                () -> AuditEntity.property("missionId").eq(missionId)));
        sources.addAll(nationalSources(hostCountries.of(missionId)));
        return newest(sources, limit, names);
    }

    /**
     * The national actors and plans of the mission's host countries, with the plans' priorities:
     * shared by every mission a country hosts, so each of them shows their changes.
     */
    private List<Source> nationalSources(Set<String> countries) {
        if (countries.isEmpty()) {
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(
                nationalAuditing.actorType(),
                () -> AuditEntity.property("country").in(countries)));
        sources.add(new Source(
                nationalAuditing.planType(),
                () -> AuditEntity.property("country").in(countries)));
        Set<Long> planIds = idsEver(
                nationalAuditing.planType(), AuditEntity.property("country").in(countries));
        if (!planIds.isEmpty()) {
            sources.add(new Source(
                    nationalAuditing.priorityType(),
                    () -> AuditEntity.property("planId").in(planIds)));
        }
        return sources;
    }

    /** The recorded changes of the mission's units and reporting lines. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<HistoryEntry> ofStructure(long missionId, int limit) {
        requireMission(missionId);
        HistoryNames names = namesFor(missionId);
        return newest(structureSources(names), limit, names);
    }

    /** The recorded changes of a plan and every part of it. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<HistoryEntry> ofPlan(long planId, int limit) {
        Long missionId = planAuditing.missionOf(planId).orElse(null);
        if (missionId == null) {
            throw new NotFoundException("Plan", planId);
        }
        HistoryNames names = namesFor(missionId);
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(planAuditing.planType(), () -> AuditEntity.id().eq(planId)));
        sources.addAll(planPartSources(Set.of(planId)));
        return newest(sources, limit, names);
    }

    /** One audited type and which of its records belong to what is shown. */
    private record Source(Class<?> type, Supplier<AuditCriterion> criterion) {}

    /** The units the mission has or had (every unit the history names) and the reporting lines from them. */
    private List<Source> structureSources(HistoryNames names) {
        Set<Long> unitIds = names.units().keySet();
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return List.of(
                new Source(structureAuditing.unitType(), () -> AuditEntity.id().in(unitIds)),
                new Source(
                        structureAuditing.secondaryLineType(),
                        () -> AuditEntity.property("fromUnitId").in(unitIds)));
    }

    private List<Source> planPartSources(Set<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return planAuditing.partTypes().stream()
                .map(part ->
                        new Source(part, () -> AuditEntity.property("planId").in(planIds)))
                .toList();
    }

    /** The ids of every plan the mission has or had, removed ones included; one query. */
    private Set<Long> plansEverOf(long missionId) {
        return idsEver(
                planAuditing.planType(), AuditEntity.property("missionId").eq(missionId));
    }

    /** The ids of every record of the type that ever met the criterion, removed ones included; one query. */
    private Set<Long> idsEver(Class<?> type, AuditCriterion criterion) {
        @SuppressWarnings("unchecked")
        List<Object> ids = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addProjection(AuditEntity.id().distinct())
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(toSet());
    }

    /**
     * The newest {@code limit} entries, reading only a window of recent revisions: first the
     * revision numbers of at most {@code limit} newest records of each source, which fix the oldest
     * revision the page can show; then the records from that revision on, and for each of their
     * entities the one version just before it, to which its oldest shown change is compared. A
     * change that touches no shown field is no entry, so a window that yields too few entries is
     * widened, up to {@link #MAX_ENTRIES} records per source.
     */
    private List<HistoryEntry> newest(List<Source> sources, int limit, HistoryNames names) {
        int wanted = Math.max(1, Math.min(limit, MAX_ENTRIES));
        int window = wanted;
        while (true) {
            List<Number> recent = new ArrayList<>();
            boolean exhaustive = true;
            for (Source source : sources) {
                List<Number> revisions = newestRevisions(source, window);
                exhaustive &= revisions.size() < window;
                recent.addAll(revisions);
            }
            if (recent.isEmpty()) {
                return List.of();
            }
            recent.sort(Comparator.comparingLong(Number::longValue).reversed());
            long oldestShown = recent.get(Math.min(window, recent.size()) - 1).longValue();
            List<HistoryEntry> entries = new ArrayList<>();
            for (Source source : sources) {
                entries.addAll(changesSince(source, oldestShown, names));
            }
            if (entries.size() >= wanted || exhaustive || window >= MAX_ENTRIES) {
                return newestFirst(entries, wanted);
            }
            window = Math.min(window * 4, MAX_ENTRIES);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Number> newestRevisions(Source source, int count) {
        return AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(source.type(), false, true)
                .add(source.criterion().get())
                .addProjection(AuditEntity.revisionNumber())
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(count)
                .getResultList();
    }

    /** The source's versions from the given revision on, each compared with the version before it. */
    private List<HistoryEntry> changesSince(Source source, long fromRevision, HistoryNames names) {
        Class<?> type = source.type();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(source.criterion().get())
                .add(AuditEntity.revisionNumber().ge(fromRevision))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> previous = versionsBefore(
                type,
                fromRevision,
                rows.stream().map(row -> EntitySnapshot.id(row[0])).collect(toSet()),
                names);
        String kind = type.getSimpleName();
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

    /** For each entity, its last recorded version before the revision: one query, one row per entity. */
    private Map<Long, Map<String, String>> versionsBefore(
            Class<?> type, long revision, Set<Long> ids, HistoryNames names) {
        @SuppressWarnings("unchecked")
        List<Object> versions = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.id().in(ids))
                .add(AuditEntity.revisionNumber().lt(revision))
                .add(AuditEntity.revisionNumber()
                        .maximize()
                        .computeAggregationInInstanceContext()
                        .add(AuditEntity.revisionNumber().lt(revision)))
                .getResultList();
        Map<Long, Map<String, String>> before = new HashMap<>();
        for (Object entity : versions) {
            before.put(EntitySnapshot.id(entity), EntitySnapshot.fields(entity, names));
        }
        return before;
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
        return new HistoryNames(
                units.namesAsLastRecorded(missionId),
                organisations.acronyms(),
                planAuditing.titlesAsLastRecorded(missionId));
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
