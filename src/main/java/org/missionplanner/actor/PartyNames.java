package org.missionplanner.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.missionplanner.partner.OrganisationView;
import org.missionplanner.structure.UnitDirectory.UnitRef;

/** Names of the units of a mission and of the organisations a page mentions. */
public final class PartyNames {

    private final Map<String, NamedParty> byKey = new HashMap<>();

    public PartyNames(Collection<UnitRef> units, Collection<OrganisationView> organisations) {
        units.forEach(u -> put(new NamedParty("unit-" + u.id(), Party.Kind.UNIT, u.id(), u.name(), u.name())));
        organisations.forEach(o -> put(
                new NamedParty("organisation-" + o.id(), Party.Kind.ORGANISATION, o.id(), o.acronym(), o.fullName())));
    }

    private void put(NamedParty party) {
        byKey.put(party.key(), party);
    }

    /** The named party, or null for none; a party no longer known keeps its key as its name. */
    public NamedParty name(Party party) {
        if (party == null) {
            return null;
        }
        NamedParty named = byKey.get(party.key());
        return named != null ? named : new NamedParty(party.key(), party.kind(), party.id(), party.key(), party.key());
    }

    public List<NamedParty> names(Collection<Party> parties) {
        return parties.stream().map(this::name).filter(Objects::nonNull).toList();
    }
}
