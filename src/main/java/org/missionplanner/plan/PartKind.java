package org.missionplanner.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
 * @param <V> the part as the views and the API read it
 */
@NamedInterface("seeding")
public final class PartKind<E extends PlanPart, D, V> {

    /** An objective. Deleting one deletes its results and their indicators; its tasks stay, unlinked. */
    public static final PartKind<Objective, ObjectiveDetails, ObjectiveView> OBJECTIVE = new PartKind<>(
            "Objective",
            "A plan's objectives (its priorities), each with a dimension. Deleting one deletes its results and indicators; its tasks stay, unlinked.",
            PartType.OBJECTIVE,
            Objective.class,
            Objective::getTitle,
            Objective::new,
            Objective::describe,
            (details, rules) -> rules.load(List.of()).checkObjective(details),
            (objective, other) -> true,
            PartViewer.of(ObjectiveView.class, ObjectiveView::of));

    /** A result, under one of the plan's objectives. Deleting one deletes its indicators; its tasks stay. */
    public static final PartKind<PlanResult, ResultDetails, ResultView> RESULT = new PartKind<>(
            "Result",
            "The results a plan expects under its objectives. Deleting one deletes its indicators; its tasks stay under the objective.",
            PartType.RESULT,
            PlanResult.class,
            PlanResult::getTitle,
            PlanResult::new,
            PlanResult::describe,
            (details, rules) -> rules.load(List.of()).checkResult(details),
            (result, other) -> result.getObjectiveId() == other.getObjectiveId(),
            PartViewer.of(ResultView.class, ResultView::of));

    /** An indicator of one of the plan's results. */
    public static final PartKind<Indicator, IndicatorDetails, IndicatorView> INDICATOR = new PartKind<>(
            "Indicator",
            "How progress toward a plan's results is measured; each indicator read with its latest measurement and progress.",
            PartType.INDICATOR,
            Indicator.class,
            Indicator::getDefinition,
            Indicator::new,
            Indicator::describe,
            (details, rules) -> rules.load(List.of()).checkIndicator(details),
            (indicator, other) -> indicator.getResultId() == other.getResultId(),
            PartViewer.measured(
                    IndicatorView.class,
                    (indicator, context) ->
                            IndicatorView.of(indicator, context.latest().apply(indicator.getId()), context.today())));

    /** A benchmark, of one objective or of the plan as a whole: it moves among those of the same. */
    public static final PartKind<Benchmark, BenchmarkDetails, BenchmarkView> BENCHMARK = new PartKind<>(
            "Benchmark",
            "A plan's benchmarks, including the transition or exit benchmarks.",
            PartType.BENCHMARK,
            Benchmark.class,
            Benchmark::getDescription,
            Benchmark::new,
            Benchmark::describe,
            (details, rules) -> rules.load(List.of()).checkBenchmark(details),
            (benchmark, other) -> Objects.equals(benchmark.getObjectiveId(), other.getObjectiveId()),
            PartViewer.of(BenchmarkView.class, BenchmarkView::of));

    /**
     * A task. It moves among the tasks that serve the same result (or objective, or nothing); a
     * change writes only its row and its supporters' rows.
     */
    public static final PartKind<PlanTask, TaskDetails, TaskView> TASK = new PartKind<>(
            "Task",
            "A plan's tasks: who leads, supports and funds each, when, and where it stands. Actors are keys such as unit-12 or organisation-5.",
            PartType.TASK,
            PlanTask.class,
            PlanTask::getTitle,
            PlanTask::new,
            PlanTask::describe,
            (details, rules) -> rules.load(actorsOf(details)).checkTask(details),
            (task, other) -> Objects.equals(task.getResultId(), other.getResultId())
                    && Objects.equals(task.getObjectiveId(), other.getObjectiveId()),
            PartViewer.naming(
                    TaskView.class,
                    PlanTask::named,
                    (task, context) -> TaskView.of(task, context.names(), context.plan())));

    /** A risk or dilemma of the plan's register. */
    public static final PartKind<Risk, RiskDetails, RiskView> RISK = new PartKind<>(
            "Risk",
            "A plan's register of risks and dilemmas, each with who owns its mitigation.",
            PartType.RISK,
            Risk.class,
            Risk::getDescription,
            Risk::new,
            Risk::describe,
            (details, rules) -> rules.load(details.owner() == null ? List.of() : List.of(details.owner()))
                    .checkRisk(details),
            (risk, other) -> true,
            PartViewer.naming(
                    RiskView.class,
                    risk -> Collections.singletonList(risk.getOwner()),
                    (risk, context) -> RiskView.of(risk, context.names())));

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
    private final String description;
    private final PartType partType;
    private final Class<E> type;
    private final Function<E, String> label;
    private final Factory<E, D> factory;
    private final BiConsumer<E, D> describe;
    private final Check<D> check;
    private final BiPredicate<E, E> movesWith;
    private final PartViewer<E, V> viewer;

    private PartKind(
            String name,
            String description,
            PartType partType,
            Class<E> type,
            Function<E, String> label,
            Factory<E, D> factory,
            BiConsumer<E, D> describe,
            Check<D> check,
            BiPredicate<E, E> movesWith,
            PartViewer<E, V> viewer) {
        this.name = name;
        this.description = description;
        this.partType = partType;
        this.type = type;
        this.label = label;
        this.factory = factory;
        this.describe = describe;
        this.check = check;
        this.movesWith = movesWith;
        this.viewer = viewer;
    }

    /** What a planner calls this kind, and what "not found" names: "Task". */
    public String name() {
        return name;
    }

    /** The kind's parts as their URLs name them: {@code tasks} in {@code /plans/{planId}/tasks}. */
    public String plural() {
        return name.toLowerCase(Locale.ROOT) + "s";
    }

    /** What the kind's parts are, as the API's documentation describes them. */
    public String description() {
        return description;
    }

    /** The kind as other modules name it (comments, history). */
    public PartType partType() {
        return partType;
    }

    /** Every kind, in the order of {@link PartType}. */
    public static List<PartKind<?, ?, ?>> values() {
        return List.of(OBJECTIVE, RESULT, INDICATOR, BENCHMARK, TASK, RISK);
    }

    /** The kind another module names. */
    public static PartKind<?, ?, ?> of(PartType type) {
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

    /** The record a part of this kind is read as, for the views and the API: {@code TaskView}. */
    public Class<V> viewType() {
        return viewer.type();
    }

    /** How a part of this kind is read for the views and the API. */
    PartViewer<E, V> viewer() {
        return viewer;
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
