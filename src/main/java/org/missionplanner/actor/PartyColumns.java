package org.missionplanner.actor;

import jakarta.persistence.Embeddable;

/** A party as stored: exactly one of the two columns is set. */
@Embeddable
public record PartyColumns(Long unitId, Long organisationId) {

    public static PartyColumns of(Party party) {
        return new PartyColumns(party.unitId(), party.organisationId());
    }

    public Party party() {
        return Party.of(unitId, organisationId);
    }
}
