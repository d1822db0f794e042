package org.missionplanner.coordination;

import java.util.ArrayList;
import java.util.List;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyChoices;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's planners set up coordination bodies and record their meetings. Every change names
 * the version the planner saw; a unit of another mission or an unknown organisation is refused
 * on its field, before anything is saved.
 */
@Service
@Transactional
public class CoordinationEditing {

    private final CoordinationBodyRepository bodies;
    private final MeetingRepository meetings;
    private final ActionItemRepository actions;
    private final PartyLookup lookup;

    CoordinationEditing(
            CoordinationBodyRepository bodies,
            MeetingRepository meetings,
            ActionItemRepository actions,
            PartyLookup lookup) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.actions = actions;
        this.lookup = lookup;
    }

    /** The units of the mission and the organisations a form offers. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    @Transactional(readOnly = true)
    public PartyChoices choices(long missionId) {
        lookup.requireMission(missionId);
        return lookup.choices(missionId);
    }

    /** A body as its edit form shows it. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    @Transactional(readOnly = true)
    public BodySummary bodyForEditing(long missionId, long bodyId) {
        CoordinationBody body = bodyOf(missionId, bodyId);
        List<Party> parties = new ArrayList<>(body.getMembers());
        parties.add(body.getChair());
        return BodySummary.of(body, lookup.names(missionId, parties));
    }

    /** A meeting as its edit form shows it. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    @Transactional(readOnly = true)
    public MeetingView meetingForEditing(long missionId, long bodyId, long meetingId) {
        Meeting meeting = meetingOf(missionId, bodyId, meetingId);
        List<Party> parties = new ArrayList<>(meeting.getAttendees());
        meeting.getActionItems().forEach(a -> parties.add(a.getOwner()));
        return MeetingView.of(meeting, lookup.names(missionId, parties), lookup.today());
    }

    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long createBody(long missionId, BodyDetails details) {
        lookup.requireMission(missionId);
        check(missionId, details);
        return bodies.save(new CoordinationBody(missionId, details)).getId();
    }

    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void updateBody(long missionId, long bodyId, long version, BodyDetails details) {
        CoordinationBody body = bodyOf(missionId, bodyId);
        requireVersion(body.getVersion(), version, CoordinationBody.class, bodyId);
        check(missionId, details);
        body.describe(details);
        bodies.flush();
    }

    /** Removes a body with its meetings and action items. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void deleteBody(long missionId, long bodyId, long version) {
        CoordinationBody body = bodyOf(missionId, bodyId);
        requireVersion(body.getVersion(), version, CoordinationBody.class, bodyId);
        bodies.delete(body);
    }

    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long createMeeting(long missionId, long bodyId, MeetingDetails details) {
        CoordinationBody body = bodyOf(missionId, bodyId);
        check(missionId, details);
        return meetings.save(new Meeting(body, details)).getId();
    }

    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void updateMeeting(long missionId, long bodyId, long meetingId, long version, MeetingDetails details) {
        Meeting meeting = meetingOf(missionId, bodyId, meetingId);
        requireVersion(meeting.getVersion(), version, Meeting.class, meetingId);
        check(missionId, details);
        meeting.record(details);
        meetings.flush();
    }

    /** Marks an action item done or dropped, or reopens it; returns the id of its body. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long changeStatus(long missionId, long actionItemId, long version, ActionStatus status) {
        ActionItem item = actions.findById(actionItemId)
                .filter(a -> a.getMissionId() == missionId)
                .orElseThrow(() -> new NotFoundException("Action item", actionItemId));
        requireVersion(item.getVersion(), version, ActionItem.class, actionItemId);
        item.changeStatus(status);
        actions.flush();
        return item.getBodyId();
    }

    private void check(long missionId, BodyDetails details) {
        List<Party> parties = new ArrayList<>(details.members());
        parties.add(details.chair());
        CoordinationRules.of(lookup, missionId, parties).checkBody(details);
    }

    private void check(long missionId, MeetingDetails details) {
        List<Party> parties = new ArrayList<>(details.attendees());
        details.actions().forEach(a -> parties.add(a.owner()));
        CoordinationRules.of(lookup, missionId, parties).checkMeeting(details);
    }

    private static void requireVersion(long current, long seen, Class<?> type, long id) {
        if (current != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private CoordinationBody bodyOf(long missionId, long bodyId) {
        return bodies.findById(bodyId)
                .filter(b -> b.getMissionId() == missionId)
                .orElseThrow(() -> new NotFoundException("Coordination body", bodyId));
    }

    private Meeting meetingOf(long missionId, long bodyId, long meetingId) {
        bodyOf(missionId, bodyId);
        return meetings.findById(meetingId)
                .filter(m -> m.getBodyId() == bodyId)
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }
}
