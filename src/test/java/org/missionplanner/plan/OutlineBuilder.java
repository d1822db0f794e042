package org.missionplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;

/** Builds plan outlines in memory, for tests of the views drawn from them. */
public final class OutlineBuilder {

    public static final NamedParty SRSG = unit(1, "SRSG");
    public static final NamedParty DDR = unit(2, "DDR Section");
    public static final NamedParty POLICE = unit(3, "UNPOL");
    public static final NamedParty UNDP = organisation(7, "UNDP");
    public static final NamedParty AGENCY = organisation(8, "<Agency & Co>");

    private final PlanView plan;
    private final List<PlanOutline.ObjectiveNode> objectives = new ArrayList<>();
    private final List<TaskView> unlinked = new ArrayList<>();
    private final List<BenchmarkView> planWide = new ArrayList<>();
    private long ids = 100;

    public OutlineBuilder(LocalDate start, LocalDate end) {
        this.plan = new PlanView(
                1,
                9,
                "UNMIL",
                PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                "ISF",
                start,
                end,
                PlanStatus.DRAFT,
                null,
                null,
                0);
    }

    public static NamedParty unit(long id, String name) {
        return new NamedParty("unit-" + id, Party.Kind.UNIT, id, name, name);
    }

    public static NamedParty organisation(long id, String name) {
        return new NamedParty("organisation-" + id, Party.Kind.ORGANISATION, id, name, name + " (full name)");
    }

    /** Adds an objective with these tasks and benchmarks; returns the objective's id. */
    public long objective(String title, Dimension dimension, List<TaskView> tasks, List<BenchmarkView> benchmarks) {
        long id = ids++;
        var objective = new ObjectiveView(id, objectives.size() + 1, title, dimension, null, 0);
        List<TaskView> linked = tasks.stream().map(t -> withObjective(t, id)).toList();
        objectives.add(new PlanOutline.ObjectiveNode(objective, List.of(), linked, benchmarks));
        return id;
    }

    public OutlineBuilder unlinked(TaskView task) {
        unlinked.add(task);
        return this;
    }

    public OutlineBuilder planWide(BenchmarkView benchmark) {
        planWide.add(benchmark);
        return this;
    }

    public PlanOutline build() {
        return new PlanOutline(plan, objectives, unlinked, planWide, List.of());
    }

    public static TaskView task(
            long id,
            String title,
            NamedParty lead,
            List<NamedParty> supporters,
            FundingSource funding,
            String amount,
            LocalDate start,
            LocalDate end,
            TimeHorizon horizon) {
        return new TaskView(
                id,
                null,
                null,
                (int) id,
                title,
                null,
                null,
                lead,
                supporters,
                null,
                funding,
                amount == null ? null : new BigDecimal(amount),
                amount == null ? null : "USD",
                start,
                end,
                horizon,
                TaskStatus.ON_TRACK,
                false,
                0,
                List.of());
    }

    public static BenchmarkView benchmark(long id, String description, LocalDate due, boolean transition) {
        return new BenchmarkView(id, null, (int) id, description, due, transition, false, 0);
    }

    private static TaskView withObjective(TaskView t, long objectiveId) {
        return new TaskView(
                t.id(),
                objectiveId,
                t.resultId(),
                t.position(),
                t.title(),
                t.description(),
                t.mandateCategory(),
                t.lead(),
                t.supporters(),
                t.nationalCounterpart(),
                t.fundingSource(),
                t.amount(),
                t.currency(),
                t.startOn(),
                t.endOn(),
                t.horizon(),
                t.status(),
                t.outsidePeriod(),
                t.version(),
                t.funding());
    }
}
