package org.missionplanner.coordination;

import jakarta.persistence.Embeddable;

/** A party as stored: exactly one of the two columns is set. */
@Embeddable
record PartyColumns(Long unitId, Long organisationId) {

    static PartyColumns of(Party party) {
        return new PartyColumns(party.unitId(), party.organisationId());
    }

    Party party() {
        return Party.of(unitId, organisationId);
    }
}
