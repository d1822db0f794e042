package org.missionplanner.coordination;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.RuleViolations;

/**
 * The rules a body or meeting must meet before anything is saved: a unit must be one of the
 * mission's own units (a unit of another mission cannot chair, sit on or own anything here), an
 * organisation must exist, a body has exactly one chair, an action item has a description, an owner
 * and a due date no earlier than its meeting.
 */
record CoordinationRules(Set<Long> missionUnitIds, Set<Long> organisationIds) {

    static CoordinationRules of(PartyLookup lookup, long missionId, Collection<Party> parties) {
        return new CoordinationRules(lookup.missionUnitIds(missionId), lookup.knownOrganisationIds(parties));
    }

    void checkBody(BodyDetails details) {
        RuleViolations violations = new RuleViolations();
        if (details.chair() == null) {
            violations.add("coordination.body.chair.required", "chair");
        } else {
            violations.check(() -> checkParty(details.chair(), "chair"));
        }
        violations.check(() -> details.members().forEach(member -> checkParty(member, "members")));
        violations.throwIfAny();
    }

    /**
     * Every broken rule of a meeting at once: its date, its attendees, and for each action item a
     * description, an owner, and a due date on or after the meeting.
     */
    void checkMeeting(MeetingDetails details) {
        RuleViolations violations = new RuleViolations();
        if (details.heldOn() == null) {
            violations.add("coordination.meeting.heldOn.required", "heldOn");
        }
        violations.check(() -> details.attendees().forEach(attendee -> checkParty(attendee, "attendees")));
        List<ActionDetails> actions = details.actions();
        for (int i = 0; i < actions.size(); i++) {
            ActionDetails action = actions.get(i);
            String prefix = "actions[" + i + "].";
            if (action.description() == null || action.description().isBlank()) {
                violations.add("coordination.action.description.required", prefix + "description");
            }
            if (action.owner() == null) {
                violations.add("coordination.action.owner.required", prefix + "owner");
            } else {
                violations.check(() -> checkParty(action.owner(), prefix + "owner"));
            }
            if (action.dueOn() == null) {
                violations.add("coordination.action.dueOn.required", prefix + "dueOn");
            } else if (details.heldOn() != null && action.dueOn().isBefore(details.heldOn())) {
                violations.add("coordination.action.dueOn.beforeMeeting", prefix + "dueOn");
            }
        }
        violations.throwIfAny();
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
