package org.missionplanner.actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.national.NationalDirectory;
import org.missionplanner.partner.Arrangement;
import org.missionplanner.partner.OrganisationDirectory;
import org.missionplanner.partner.OrganisationView;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.structure.UnitDirectory;
import org.missionplanner.structure.UnitDirectory.UnitRef;
import org.missionplanner.structure.UnitType;
import org.springframework.stereotype.Component;

/** Looks up the units and organisations a page or a rule needs, each kind in one query. */
@Component
public class PartyLookup {

    private final UnitDirectory units;
    private final OrganisationDirectory organisations;
    private final MissionDirectory missions;
    private final Clock clock;
    private final HostCountries hostCountries;
    private final NationalDirectory national;

    public PartyLookup(
            UnitDirectory units,
            OrganisationDirectory organisations,
            MissionDirectory missions,
            Clock clock,
            HostCountries hostCountries,
            NationalDirectory national) {
        this.units = units;
        this.organisations = organisations;
        this.missions = missions;
        this.clock = clock;
        this.hostCountries = hostCountries;
        this.national = national;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void requireMission(long missionId) {
        if (!missions.exists(missionId)) {
            throw new NotFoundException("Mission", missionId);
        }
    }

    /** Names of the mission's units and of the organisations among the parties. */
    public PartyNames names(long missionId, Collection<Party> parties) {
        return new PartyNames(units.unitsOf(missionId), organisationsAmong(parties));
    }

    /**
     * Names of the units and organisations among the parties, of whatever mission: one query per
     * kind, whichever kinds the parties are.
     */
    public PartyNames names(Collection<Party> parties) {
        return new PartyNames(
                units.byIdsInOneQuery(idsOf(parties, Party.Kind.UNIT)).values(),
                organisations
                        .byIdsInOneQuery(idsOf(parties, Party.Kind.ORGANISATION))
                        .values());
    }

    /**
     * The ids of the mission's own units: a unit that places an organisation in the structure is not
     * among them, since that organisation is the actor ({@code unit-N} of such a unit is refused as a
     * party, forms and API alike; {@code organisation-M} names it).
     */
    public Set<Long> missionUnitIds(long missionId) {
        return units.unitsOf(missionId).stream()
                .filter(u -> !u.placesOrganisation())
                .map(UnitRef::id)
                .collect(Collectors.toSet());
    }

    /** The ids of the organisations among the parties that exist. */
    public Set<Long> knownOrganisationIds(Collection<Party> parties) {
        return organisationsAmong(parties).stream().map(OrganisationView::id).collect(Collectors.toSet());
    }

    /**
     * The actors of the mission's structure, named, in the structure's order: each unit once, and an
     * organisation placed in the structure as the organisation itself (so that it is counted once).
     */
    public List<NamedParty> units(long missionId) {
        List<UnitRef> missionUnits = units.unitsOf(missionId);
        var names = new PartyNames(
                missionUnits,
                organisations
                        .byIdsInOneQuery(missionUnits.stream()
                                .filter(UnitRef::placesOrganisation)
                                .map(UnitRef::organisationId)
                                .toList())
                        .values());
        return missionUnits.stream().map(u -> names.name(actorOf(u))).toList();
    }

    private static Party actorOf(UnitRef unit) {
        return unit.placesOrganisation() ? Party.organisation(unit.organisationId()) : Party.unit(unit.id());
    }

    /**
     * What a form offers, grouped; the national group holds the national actors of the mission's
     * host countries and the organisations it has a host-government partnership with.
     */
    public PartyChoices choices(long missionId) {
        List<UnitRef> missionUnits = units.unitsOf(missionId);
        List<OrganisationView> all = organisations.allInDatabaseOrder();
        Map<Long, Arrangement> partners = organisations.partnersOf(missionId);
        Set<Long> nationalActors = national.actorIdsOf(hostCountries.of(missionId));
        var names = new PartyNames(missionUnits, all);
        // an organisation placed in the structure is offered once, as the organisation: in the group of
        // its partnership, else in the Country Team (a Country Team agency's unit) or among the partners
        Map<Long, String> placedGroups = new HashMap<>();
        missionUnits.stream()
                .filter(UnitRef::placesOrganisation)
                .forEach(u -> placedGroups.put(
                        u.organisationId(), u.type() == UnitType.UNCT_AGENCY ? "countryTeam" : "partners"));
        Map<String, List<NamedParty>> groups = new HashMap<>();
        for (OrganisationView o : all) {
            Arrangement arrangement = partners.get(o.id());
            String group;
            if (nationalActors.contains(o.id())) {
                group = "national";
            } else if (arrangement == null && placedGroups.containsKey(o.id())) {
                group = placedGroups.get(o.id());
            } else {
                group = groupOf(arrangement);
            }
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(names.name(Party.organisation(o.id())));
        }
        return new PartyChoices(
                missionUnits.stream()
                        .filter(u -> !u.placesOrganisation())
                        .map(u -> names.name(Party.unit(u.id())))
                        .toList(),
                groups.getOrDefault("countryTeam", List.of()),
                groups.getOrDefault("partners", List.of()),
                groups.getOrDefault("national", List.of()),
                groups.getOrDefault("others", List.of()));
    }

    private static String groupOf(Arrangement arrangement) {
        if (arrangement == null) {
            return "others";
        }
        switch (arrangement) {
            case UN_COUNTRY_TEAM_MEMBER:
                return "countryTeam";
            case HOST_GOVERNMENT_COUNTERPART:
                return "national";
            default:
                return "partners";
        }
    }

    private List<OrganisationView> organisationsAmong(Collection<Party> parties) {
        Set<Long> ids = idsOf(parties, Party.Kind.ORGANISATION);
        return ids.isEmpty() ? List.of() : List.copyOf(organisations.byIds(ids).values());
    }

    private static Set<Long> idsOf(Collection<Party> parties, Party.Kind kind) {
        return parties.stream()
                .filter(p -> p != null && p.kind() == kind)
                .map(Party::id)
                .collect(Collectors.toSet());
    }
}
