package org.missionplanner.actor;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A party as stored: exactly one of the two columns is set. A class rather than a record: the
 * history (Hibernate Envers) instantiates collection elements through a no-argument constructor.
 */
@Embeddable
public final class PartyColumns {

    private Long unitId;
    private Long organisationId;

    protected PartyColumns() {}

    public PartyColumns(Long unitId, Long organisationId) {
        this.unitId = unitId;
        this.organisationId = organisationId;
    }

    public static PartyColumns of(Party party) {
        return new PartyColumns(party.unitId(), party.organisationId());
    }

    public Party party() {
        return Party.of(unitId, organisationId);
    }

    public Long unitId() {
        return unitId;
    }

    public Long organisationId() {
        return organisationId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartyColumns that
                && Objects.equals(unitId, that.unitId)
                && Objects.equals(organisationId, that.organisationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, organisationId);
    }

    @Override
    public String toString() {
        return party() == null ? "" : party().key();
    }
}
