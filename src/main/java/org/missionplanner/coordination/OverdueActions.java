package org.missionplanner.coordination;

import java.util.List;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.security.MissionAccess;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The overdue action items across the missions a user can see, for the dashboard. */
@Service
@Transactional(readOnly = true)
public class OverdueActions {

    private final ActionItemRepository actions;
    private final MissionAccess access;
    private final PartyLookup lookup;

    OverdueActions(ActionItemRepository actions, MissionAccess access, PartyLookup lookup) {
        this.actions = actions;
        this.access = access;
        this.lookup = lookup;
    }

    /** Open action items due before today in the user's visible missions, oldest due first, at most {@code limit}; one query. */
    public List<OverdueAction> forUser(Authentication authentication, int limit) {
        var visible = access.visibleMissions(authentication);
        var page = PageRequest.of(0, Math.max(1, limit));
        if (visible.all()) {
            return actions.findOverdue(lookup.today(), page);
        }
        return visible.ids().isEmpty() ? List.of() : actions.findOverdueIn(visible.ids(), lookup.today(), page);
    }
}
