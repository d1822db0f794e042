package org.missionplanner.planview;

import java.math.BigDecimal;
import java.util.List;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.TaskView;

/**
 * "Who does and funds what": the plan's tasks (rows, grouped by objective, unlinked tasks last)
 * against the actors that lead or support them (columns: the mission's units first, then the
 * organisations), with what is flagged and the totals.
 *
 * @param actors the columns
 * @param actorChoices every actor the filter offers: the mission's units and the organisations the plan names
 * @param tasksWithoutLead shown tasks that nobody leads
 * @param idleUnits units of the mission that lead or support no task of the plan (whatever the filter)
 * @param actorTotals leads and supports per column, in column order
 * @param funding amounts of the shown tasks per source and currency
 */
public record ResponsibilityMatrixView(
        PlanView plan,
        MatrixFilter filter,
        List<NamedParty> actors,
        List<Group> groups,
        List<NamedParty> actorChoices,
        List<TaskView> tasksWithoutLead,
        List<NamedParty> idleUnits,
        List<ActorTotal> actorTotals,
        List<FundingTotal> funding,
        int totalTasks) {

    /** The tasks of one objective; the objective is null for the unlinked tasks. */
    public record Group(ObjectiveView objective, List<Row> rows) {

        public boolean unlinked() {
            return objective == null;
        }
    }

    /** One task and its mark (or null) under each column, in column order. */
    public record Row(TaskView task, List<MatrixMark> marks) {}

    public record ActorTotal(NamedParty actor, int leads, int supports) {}

    /** The tasks of a funding source (null: not given) and a currency (null: none), and their amount. */
    public record FundingTotal(FundingSource source, String currency, int tasks, BigDecimal amount) {}

    public int shownTasks() {
        return groups.stream().mapToInt(g -> g.rows().size()).sum();
    }
}
