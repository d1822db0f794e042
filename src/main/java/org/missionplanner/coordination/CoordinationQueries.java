package org.missionplanner.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a mission's coordination bodies, meetings and action items; a fixed number of statements per call. */
@Service
@Transactional(readOnly = true)
public class CoordinationQueries {

    /** At most this many overdue items are listed on a mission's page. */
    static final int OVERDUE_LIMIT = 100;

    private final CoordinationBodyRepository bodies;
    private final MeetingRepository meetings;
    private final ActionItemRepository actions;
    private final PartyLookup lookup;
    private final OverdueActions overdueActions;

    CoordinationQueries(
            CoordinationBodyRepository bodies,
            MeetingRepository meetings,
            ActionItemRepository actions,
            PartyLookup lookup,
            OverdueActions overdueActions) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.actions = actions;
        this.lookup = lookup;
        this.overdueActions = overdueActions;
    }

    /** The mission's bodies and its open action items due before today. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public CoordinationOverview overview(long missionId) {
        return new CoordinationOverview(
                bodies(missionId), overdueActions.inMissions(List.of(missionId), OVERDUE_LIMIT));
    }

    /** The mission's bodies with chairs and members named. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<BodySummary> bodies(long missionId) {
        lookup.requireMission(missionId);
        List<CoordinationBody> found = bodies.findByMission(missionId);
        var names = lookup.names(
                missionId,
                found.stream()
                        .flatMap(b -> Stream.concat(Stream.of(b.getChair()), b.getMembers().stream()))
                        .toList());
        return found.stream().map(b -> BodySummary.of(b, names)).toList();
    }

    /** A body and its meetings (latest first) with decisions and action items. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public BodyPage body(long missionId, long bodyId) {
        CoordinationBody body = bodyOf(missionId, bodyId);
        List<Meeting> found = meetings.findByBody(bodyId);
        List<Party> parties = new ArrayList<>(body.getMembers());
        parties.add(body.getChair());
        found.forEach(m -> {
            parties.addAll(m.getAttendees());
            m.getActionItems().forEach(a -> parties.add(a.getOwner()));
        });
        var names = lookup.names(missionId, parties);
        LocalDate today = lookup.today();
        return new BodyPage(
                BodySummary.of(body, names),
                found.stream().map(m -> MeetingView.of(m, names, today)).toList());
    }

    /** The action items of the mission, optionally of one status, or only the overdue ones. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<ActionView> actionItems(long missionId, ActionStatus status, boolean overdueOnly) {
        lookup.requireMission(missionId);
        LocalDate today = lookup.today();
        List<ActionItem> found = actions.findByMission(missionId).stream()
                .filter(a -> status == null || a.getStatus() == status)
                .filter(a -> !overdueOnly || a.isOverdueOn(today))
                .toList();
        var names =
                lookup.names(missionId, found.stream().map(ActionItem::getOwner).toList());
        return found.stream().map(a -> ActionView.of(a, names, today)).toList();
    }

    private CoordinationBody bodyOf(long missionId, long bodyId) {
        return bodies.findById(bodyId)
                .filter(b -> b.getMissionId() == missionId)
                .orElseThrow(() -> new NotFoundException("Coordination body", bodyId));
    }
}
