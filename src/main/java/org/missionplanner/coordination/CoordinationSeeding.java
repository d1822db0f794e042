package org.missionplanner.coordination;

import java.util.Set;
import org.missionplanner.actor.PartyLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds coordination bodies and meetings without a signed-in user, for the demo data only;
 * the same rules apply as for a planner.
 */
@Service
@Transactional
public class CoordinationSeeding {

    private final CoordinationBodyRepository bodies;
    private final MeetingRepository meetings;
    private final PartyLookup lookup;

    CoordinationSeeding(CoordinationBodyRepository bodies, MeetingRepository meetings, PartyLookup lookup) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.lookup = lookup;
    }

    @Transactional(readOnly = true)
    public boolean hasBodies(long missionId) {
        return !bodies.findByMission(missionId).isEmpty();
    }

    public long addBody(long missionId, BodyDetails details) {
        var parties = new java.util.ArrayList<>(details.members());
        parties.add(details.chair());
        CoordinationRules.of(lookup, missionId, parties).checkBody(details);
        return bodies.save(new CoordinationBody(missionId, details)).getId();
    }

    /** Records a meeting; the action items at the given positions are marked done. */
    public long addMeeting(long bodyId, MeetingDetails details, Set<Integer> doneActions) {
        CoordinationBody body = bodies.findById(bodyId).orElseThrow();
        var parties = new java.util.ArrayList<>(details.attendees());
        details.actions().forEach(a -> parties.add(a.owner()));
        CoordinationRules.of(lookup, body.getMissionId(), parties).checkMeeting(details);
        Meeting meeting = meetings.saveAndFlush(new Meeting(body, details));
        var items = meeting.getActionItems();
        doneActions.forEach(i -> items.get(i).changeStatus(ActionStatus.DONE));
        return meeting.getId();
    }
}
