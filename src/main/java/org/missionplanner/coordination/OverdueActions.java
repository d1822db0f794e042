package org.missionplanner.coordination;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.MissionDirectory.MissionRef;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue action items across the missions a user can see, for the dashboard. The missions and
 * owners are named through their modules' directories: one query for the items, one per kind of name.
 */
@Service
@Transactional(readOnly = true)
public class OverdueActions {

    /** An overdue item as this module's tables hold it. */
    record Row(
            long id,
            long missionId,
            long bodyId,
            String bodyName,
            Long meetingId,
            String description,
            Long ownerUnitId,
            Long ownerOrganisationId,
            LocalDate dueOn,
            long version) {

        Party owner() {
            return Party.of(ownerUnitId, ownerOrganisationId);
        }
    }

    private final ActionItemRepository actions;
    private final MissionAccess access;
    private final PartyLookup lookup;
    private final MissionDirectory missions;

    OverdueActions(ActionItemRepository actions, MissionAccess access, PartyLookup lookup, MissionDirectory missions) {
        this.actions = actions;
        this.access = access;
        this.lookup = lookup;
        this.missions = missions;
    }

    /** Open action items due before today in the user's visible missions, oldest due first, at most {@code limit}. */
    public List<OverdueAction> forUser(Authentication authentication, int limit) {
        var visible = access.visibleMissions(authentication);
        if (visible.all()) {
            return named(actions.findOverdue(lookup.today(), page(limit)));
        }
        return visible.ids().isEmpty() ? List.of() : inMissions(visible.ids(), limit);
    }

    /** Every open action item due before today, oldest due first, at most {@code limit}: for the daily reminders. */
    public List<OverdueAction> everywhere(int limit) {
        return named(actions.findOverdue(lookup.today(), page(limit)));
    }

    /** Open action items due before today in the given missions; the caller has checked access. */
    List<OverdueAction> inMissions(Collection<Long> missionIds, int limit) {
        return named(actions.findOverdueIn(missionIds, lookup.today(), page(limit)));
    }

    private List<OverdueAction> named(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var missionsById =
                missions.byIds(rows.stream().map(Row::missionId).distinct().toList());
        var owners = lookup.names(
                rows.stream().map(Row::owner).filter(Objects::nonNull).toList());
        return rows.stream()
                .map(row -> {
                    MissionRef mission = missionsById.get(row.missionId());
                    NamedParty owner = row.owner() == null ? null : owners.name(row.owner());
                    return new OverdueAction(
                            row.id(),
                            row.missionId(),
                            mission == null ? null : mission.acronym(),
                            row.bodyId(),
                            row.bodyName(),
                            row.meetingId(),
                            row.description(),
                            owner == null ? null : owner.name(),
                            row.dueOn(),
                            row.version());
                })
                .toList();
    }

    private static PageRequest page(int limit) {
        return PageRequest.of(0, Math.max(1, limit));
    }

    /**
     * How many open action items are overdue in each of these missions that has any, by mission id:
     * one statement whatever the number of missions or items. The caller has checked access.
     */
    public java.util.Map<Long, Long> countsIn(Collection<Long> missionIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (!missionIds.isEmpty()) {
            actions.countOverdueIn(missionIds, lookup.today()).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }
}
