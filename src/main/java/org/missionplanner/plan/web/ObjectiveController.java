package org.missionplanner.plan.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanEditing.Direction;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.stereotype.Controller;

/**
 * Adding, editing, reordering and deleting the objectives of a plan; the form to add one stands at
 * the outline's end. An htmx change, move or deletion of an objective redraws the sections it
 * changes, not the whole outline.
 */
@Controller
class ObjectiveController extends OrderedPartController<ObjectiveForm, ObjectiveDetails> {

    static final PartForms<ObjectiveForm, ObjectiveDetails> FORMS = new PartForms<>(
            PartKind.OBJECTIVE,
            "/plans/{planId}/objectives",
            PartPage.OUTLINE,
            Set.of(FormChoice.NATIONAL_PRIORITIES),
            null,
            "objectives-end",
            link -> ObjectiveForm.empty());

    private final PlanPartQueries queries;

    ObjectiveController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries) {
        super(
                FORMS,
                editing,
                pages,
                (planId, objectiveId) -> ObjectiveForm.from(queries.objective(planId, objectiveId)));
        this.queries = queries;
    }

    /** A changed objective: its section. */
    @Override
    OutlinePages.Redraw redrawOfChange(long planId, long partId, OutlineRegion before, Supplier<OutlineRegion> after) {
        return (refused, reply) -> pages.objectiveRedrawn(planId, partId, reply);
    }

    /** A moved objective: it and the neighbour it swapped places with, read before the move. */
    @Override
    OutlinePages.Redraw redrawOfMove(long planId, long partId, Direction direction) {
        List<Long> order =
                queries.objectives(planId).stream().map(ObjectiveView::id).toList();
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
    OutlinePages.Redraw redrawOfDelete(long planId, long partId) {
        return (refused, reply) ->
                refused ? pages.objectiveRedrawn(planId, partId, reply) : pages.objectiveDeleted(planId, partId, reply);
    }
}
