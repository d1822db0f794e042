package org.missionplanner.coordination;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.shared.BusinessRuleException;

/**
 * The rules a body or meeting must meet before anything is saved: a unit must be one of the
 * mission's own units (a unit of another mission cannot chair, sit on or own anything here), an
 * organisation must exist, a body has exactly one chair, an action item has a description and a due date.
 */
record CoordinationRules(Set<Long> missionUnitIds, Set<Long> organisationIds) {

    static CoordinationRules of(PartyLookup lookup, long missionId, Collection<Party> parties) {
        return new CoordinationRules(lookup.missionUnitIds(missionId), lookup.knownOrganisationIds(parties));
    }

    void checkBody(BodyDetails details) {
        if (details.chair() == null) {
            throw new BusinessRuleException("coordination.body.chair.required", "chair");
        }
        checkParty(details.chair(), "chair");
        details.members().forEach(member -> checkParty(member, "members"));
    }

    void checkMeeting(MeetingDetails details) {
        if (details.heldOn() == null) {
            throw new BusinessRuleException("coordination.meeting.heldOn.required", "heldOn");
        }
        details.attendees().forEach(attendee -> checkParty(attendee, "attendees"));
        List<ActionDetails> actions = details.actions();
        for (int i = 0; i < actions.size(); i++) {
            ActionDetails action = actions.get(i);
            String prefix = "actions[" + i + "].";
            if (action.description() == null || action.description().isBlank()) {
                throw new BusinessRuleException("coordination.action.description.required", prefix + "description");
            }
            if (action.dueOn() == null) {
                throw new BusinessRuleException("coordination.action.dueOn.required", prefix + "dueOn");
            }
            if (action.owner() != null) {
                checkParty(action.owner(), prefix + "owner");
            }
        }
    }

    private void checkParty(Party party, String field) {
        if (party.kind() == Party.Kind.UNIT && !missionUnitIds.contains(party.id())) {
            throw new BusinessRuleException("coordination.party.unitOfAnotherMission", field);
        }
        if (party.kind() == Party.Kind.ORGANISATION && !organisationIds.contains(party.id())) {
            throw new BusinessRuleException("coordination.party.unknownOrganisation", field);
        }
    }
}
