package org.missionplanner.structure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A secondary (dashed) reporting line: to another unit of the mission or to an entity outside it. */
@Entity
@Audited
@Table(name = "secondary_line")
class SecondaryLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long fromUnitId;
    private Long toUnitId;

    @Enumerated(EnumType.STRING)
    private ExternalEntity externalEntity;

    private String description;

    protected SecondaryLine() {}

    private SecondaryLine(long fromUnitId, Long toUnitId, ExternalEntity externalEntity, String description) {
        this.fromUnitId = fromUnitId;
        this.toUnitId = toUnitId;
        this.externalEntity = externalEntity;
        this.description = description;
    }

    public static SecondaryLine toUnit(long fromUnitId, long toUnitId, String description) {
        if (fromUnitId == toUnitId) {
            throw new IllegalArgumentException("A unit cannot have a reporting line to itself");
        }
        return new SecondaryLine(fromUnitId, toUnitId, null, description);
    }

    public static SecondaryLine toExternal(long fromUnitId, ExternalEntity entity, String description) {
        return new SecondaryLine(fromUnitId, null, entity, description);
    }

    public Long getId() {
        return id;
    }

    public Long getFromUnitId() {
        return fromUnitId;
    }

    public Long getToUnitId() {
        return toUnitId;
    }

    public ExternalEntity getExternalEntity() {
        return externalEntity;
    }

    public String getDescription() {
        return description;
    }
}
