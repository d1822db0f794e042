package org.missionplanner.coordination;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue action items of some missions, for calendars. A fixed number of statements whatever
 * the number of items. The caller has checked that the user may see these missions.
 */
@Service
@Transactional(readOnly = true)
public class ActionDueDates {

    private final OverdueActions overdue;

    ActionDueDates(OverdueActions overdue) {
        this.overdue = overdue;
    }

    /** Open action items due before today in these missions, oldest due first, at most {@code limit}. */
    public List<OverdueAction> overdueIn(Collection<Long> missionIds, int limit) {
        return missionIds.isEmpty() ? List.of() : overdue.inMissions(missionIds, limit);
    }
}
