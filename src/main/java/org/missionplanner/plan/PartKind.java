package org.missionplanner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.missionplanner.actor.Party;
import org.springframework.modulith.NamedInterface;

/**
 * One kind of part of a plan, as the one editing path of all parts needs it: its entity, how a new
 * one is made and an existing one described, the rules its details must meet, and among which
 * parts of its plan it moves up and down. A new kind of part is one entity with its details and
 * repository, one constant here (and in {@link PartType}, which other modules use): the services that
 * serve every kind ({@link PlanParts}, {@link PlanDirectory}, {@link OutlineQueries}) find its
 * repository through {@link PartRepositories}.
 *
 * @param <E> the entity
 * @param <D> the details a planner gives for it
 */
@NamedInterface("seeding")
public final class PartKind<E extends PlanPart, D> {

    /** An objective. Deleting one deletes its results and their indicators; its tasks stay, unlinked. */
    public static final PartKind<Objective, ObjectiveDetails> OBJECTIVE = new PartKind<>(
            "Objective",
            PartType.OBJECTIVE,
            Objective.class,
            Objective::getTitle,
            Objective::new,
            Objective::describe,
            (details, rules) -> rules.load(List.of()).checkObjective(details),
            (objective, other) -> true);

    /** A result, under one of the plan's objectives. Deleting one deletes its indicators; its tasks stay. */
    public static final PartKind<PlanResult, ResultDetails> RESULT = new PartKind<>(
            "Result",
            PartType.RESULT,
            PlanResult.class,
            PlanResult::getTitle,
            PlanResult::new,
            PlanResult::describe,
            (details, rules) -> rules.load(List.of()).checkResult(details),
            (result, other) -> result.getObjectiveId() == other.getObjectiveId());

    /** An indicator of one of the plan's results. */
    public static final PartKind<Indicator, IndicatorDetails> INDICATOR = new PartKind<>(
            "Indicator",
            PartType.INDICATOR,
            Indicator.class,
            Indicator::getDefinition,
            Indicator::new,
            Indicator::describe,
            (details, rules) -> rules.load(List.of()).checkIndicator(details),
            (indicator, other) -> indicator.getResultId() == other.getResultId());

    /** A benchmark, of one objective or of the plan as a whole: it moves among those of the same. */
    public static final PartKind<Benchmark, BenchmarkDetails> BENCHMARK = new PartKind<>(
            "Benchmark",
            PartType.BENCHMARK,
            Benchmark.class,
            Benchmark::getDescription,
            Benchmark::new,
            Benchmark::describe,
            (details, rules) -> rules.load(List.of()).checkBenchmark(details),
            (benchmark, other) -> Objects.equals(benchmark.getObjectiveId(), other.getObjectiveId()));

    /**
     * A task. It moves among the tasks that serve the same result (or objective, or nothing); a
     * change writes only its row and its supporters' rows.
     */
    public static final PartKind<PlanTask, TaskDetails> TASK = new PartKind<>(
            "Task",
            PartType.TASK,
            PlanTask.class,
            PlanTask::getTitle,
            PlanTask::new,
            PlanTask::describe,
            (details, rules) -> rules.load(actorsOf(details)).checkTask(details),
            (task, other) -> Objects.equals(task.getResultId(), other.getResultId())
                    && Objects.equals(task.getObjectiveId(), other.getObjectiveId()));

    /** A risk or dilemma of the plan's register. */
    public static final PartKind<Risk, RiskDetails> RISK = new PartKind<>(
            "Risk",
            PartType.RISK,
            Risk.class,
            Risk::getDescription,
            Risk::new,
            Risk::describe,
            (details, rules) -> rules.load(details.owner() == null ? List.of() : List.of(details.owner()))
                    .checkRisk(details),
            (risk, other) -> true);

    /** Makes a new part at the given position of its plan. */
    @FunctionalInterface
    interface Factory<E, D> {

        E create(long planId, int position, D details);
    }

    /** Checks details against the plan's rules; returns them as they are to be saved. */
    @FunctionalInterface
    interface Check<D> {

        D check(D details, PlanRules.Loader rules);
    }

    private final String name;
    private final PartType partType;
    private final Class<E> type;
    private final Function<E, String> label;
    private final Factory<E, D> factory;
    private final BiConsumer<E, D> describe;
    private final Check<D> check;
    private final BiPredicate<E, E> movesWith;

    private PartKind(
            String name,
            PartType partType,
            Class<E> type,
            Function<E, String> label,
            Factory<E, D> factory,
            BiConsumer<E, D> describe,
            Check<D> check,
            BiPredicate<E, E> movesWith) {
        this.name = name;
        this.partType = partType;
        this.type = type;
        this.label = label;
        this.factory = factory;
        this.describe = describe;
        this.check = check;
        this.movesWith = movesWith;
    }

    /** What a planner calls this kind, and what "not found" names: "Task". */
    public String name() {
        return name;
    }

    /** The kind as other modules name it (comments, history). */
    public PartType partType() {
        return partType;
    }

    /** Every kind, in the order of {@link PartType}. */
    public static List<PartKind<?, ?>> values() {
        return List.of(OBJECTIVE, RESULT, INDICATOR, BENCHMARK, TASK, RISK);
    }

    /** The kind another module names. */
    public static PartKind<?, ?> of(PartType type) {
        return values().stream()
                .filter(kind -> kind.partType == type)
                .findFirst()
                .orElseThrow();
    }

    Class<E> type() {
        return type;
    }

    /** What a planner reads as the part's name: a title, definition or description. */
    String label(PlanPart part) {
        return label.apply(type.cast(part));
    }

    E create(long planId, int position, D details) {
        return factory.create(planId, position, details);
    }

    void describe(E part, D details) {
        describe.accept(part, details);
    }

    D check(D details, PlanRules.Loader rules) {
        return check.check(details, rules);
    }

    /** True when the other part is one of those among which this part moves up and down. */
    boolean movesWith(E part, E other) {
        return movesWith.test(part, other);
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<Party> actorsOf(TaskDetails details) {
        List<Party> actors = new ArrayList<>(details.supporters());
        if (details.lead() != null) {
            actors.add(details.lead());
        }
        return actors;
    }
}
