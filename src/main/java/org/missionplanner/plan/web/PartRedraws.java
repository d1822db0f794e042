package org.missionplanner.plan.web;

import java.util.function.Supplier;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing.Direction;

/**
 * What an htmx answer to a change, move or deletion of a kind's part redraws besides the usual, for
 * a kind that redraws more or otherwise (an objective redraws its sections). A kind without one
 * redraws what {@link PartController} redraws for every kind.
 */
interface PartRedraws {

    PartKind<?, ?, ?> kind();

    OutlinePages.Redraw ofChange(long planId, long partId, OutlineRegion before, Supplier<OutlineRegion> after);

    OutlinePages.Redraw ofMove(long planId, long partId, Direction direction);

    OutlinePages.Redraw ofDelete(long planId, long partId);
}
