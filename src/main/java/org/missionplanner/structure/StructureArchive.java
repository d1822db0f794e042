package org.missionplanner.structure;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.exception.RevisionDoesNotExistException;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * A mission's structure as it was at the end of a chosen day, read back from the audit tables the
 * history keeps (two queries: the units, then the lines from them).
 */
@Component
class StructureArchive {

    private final EntityManager entityManager;

    StructureArchive(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Units and secondary lines as they stood at the end of the day (UTC); empty before any record. */
    MissionStructure asOf(long missionId, LocalDate day) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Number revision;
        try {
            revision = reader.getRevisionNumberForDate(Date.from(endOfDay.minusMillis(1)));
        } catch (RevisionDoesNotExistException e) {
            return new MissionStructure(missionId, List.of(), List.of());
        }
        @SuppressWarnings("unchecked")
        List<OrgUnit> units = reader.createQuery()
                .forEntitiesAtRevision(OrgUnit.class, revision)
                .add(AuditEntity.property("missionId").eq(missionId))
                .getResultList();
        List<Long> unitIds = units.stream().map(OrgUnit::getId).toList();
        @SuppressWarnings("unchecked")
        List<SecondaryLine> lines = unitIds.isEmpty()
                ? List.of()
                : reader.createQuery()
                        .forEntitiesAtRevision(SecondaryLine.class, revision)
                        .add(AuditEntity.property("fromUnitId").in(unitIds))
                        .getResultList();
        return new MissionStructure(
                missionId,
                units.stream()
                        .sorted(java.util.Comparator.comparingInt(OrgUnit::getSortOrder)
                                .thenComparing(OrgUnit::getId))
                        .toList(),
                lines);
    }
}
