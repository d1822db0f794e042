package org.missionplanner.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a form offers as lead, supporter, chair, member, attendee or owner, grouped as a planner
 * looks for them: the mission's units, its Country Team, its other partners, the national actors
 * it works with, then the rest of the registry.
 */
public record PartyChoices(
        List<NamedParty> units,
        List<NamedParty> countryTeam,
        List<NamedParty> partners,
        List<NamedParty> national,
        List<NamedParty> others) {

    /** Every organisation offered, whatever its group. */
    public List<NamedParty> organisations() {
        List<NamedParty> all = new ArrayList<>(countryTeam);
        all.addAll(partners);
        all.addAll(national);
        all.addAll(others);
        return all;
    }

    /** Only the national group: what a task's national counterparts are chosen from. */
    public PartyChoices nationalOnly() {
        return new PartyChoices(List.of(), List.of(), List.of(), national, List.of());
    }

    /** The organisation groups that have members, in order, each with its message key suffix. */
    public List<Map.Entry<String, List<NamedParty>>> organisationGroups() {
        List<Map.Entry<String, List<NamedParty>>> groups = new ArrayList<>();
        add(groups, "countryTeam", countryTeam);
        add(groups, "partners", partners);
        add(groups, "national", national);
        add(groups, "others", others);
        return groups;
    }

    private static void add(List<Map.Entry<String, List<NamedParty>>> groups, String key, List<NamedParty> members) {
        if (!members.isEmpty()) {
            groups.add(Map.entry(key, members));
        }
    }
}
