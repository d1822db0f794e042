package org.missionplanner.plan.web;

import java.util.List;
import java.util.function.Supplier;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing.Direction;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.stereotype.Component;

/** An htmx change, move or deletion of an objective redraws the sections it changes, not the whole outline. */
@Component
class ObjectiveRedraws implements PartRedraws {

    private final OutlinePages pages;
    private final PlanPartQueries queries;

    ObjectiveRedraws(OutlinePages pages, PlanPartQueries queries) {
        this.pages = pages;
        this.queries = queries;
    }

    @Override
    public PartKind<?, ?, ?> kind() {
        return PartKind.OBJECTIVE;
    }

    /** A changed objective: its section. */
    @Override
    public OutlinePages.Redraw ofChange(long planId, long partId, OutlineRegion before, Supplier<OutlineRegion> after) {
        return (refused, reply) -> pages.objectiveRedrawn(planId, partId, reply);
    }

    /** A moved objective: it and the neighbour it swapped places with, read before the move. */
    @Override
    public OutlinePages.Redraw ofMove(long planId, long partId, Direction direction) {
        List<Long> order = queries.list(PartKind.OBJECTIVE, planId).stream()
                .map(ObjectiveView::id)
                .toList();
        int index = order.indexOf(partId);
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= order.size()) {
            return (refused, reply) -> pages.objectiveRedrawn(planId, partId, reply);
        }
        long upper = order.get(Math.min(index, other));
        long lower = order.get(Math.max(index, other));
        return (refused, reply) -> pages.objectivesSwapped(planId, upper, lower, reply);
    }

    /** A deleted objective: gone, with what its deletion changed elsewhere; a refusal: its section with the reason. */
    @Override
    public OutlinePages.Redraw ofDelete(long planId, long partId) {
        return (refused, reply) ->
                refused ? pages.objectiveRedrawn(planId, partId, reply) : pages.objectiveDeleted(planId, partId, reply);
    }
}
