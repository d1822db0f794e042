package org.missionplanner.planview;

import java.math.BigDecimal;
import java.util.List;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.TaskView;
import org.missionplanner.shared.GroupPages;

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
 * @param matchingTasks the tasks the filter accepts, on every page
 * @param pages the pages of the matching tasks (whole objectives each) and which one {@code groups} holds
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
        int totalTasks,
        int matchingTasks,
        GroupPages pages) {

    /** The whole matrix on one page. */
    public ResponsibilityMatrixView(
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
        this(
                plan,
                filter,
                actors,
                groups,
                actorChoices,
                tasksWithoutLead,
                idleUnits,
                actorTotals,
                funding,
                totalTasks,
                groups.stream().mapToInt(g -> g.rows().size()).sum(),
                GroupPages.single(groups.size()));
    }

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

    /** The tasks on this page. */
    public int shownTasks() {
        return groups.stream().mapToInt(g -> g.rows().size()).sum();
    }
}
