package org.missionplanner.planview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.TaskView;
import org.missionplanner.planview.ResponsibilityMatrixView.ActorTotal;
import org.missionplanner.planview.ResponsibilityMatrixView.FundingTotal;
import org.missionplanner.planview.ResponsibilityMatrixView.Group;
import org.missionplanner.planview.ResponsibilityMatrixView.Row;
import org.missionplanner.shared.GroupPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the responsibility matrix of a plan from its outline (so in a fixed number of statements:
 * the outline's, and one for the mission's units).
 */
@Service
@Transactional(readOnly = true)
public class ResponsibilityMatrix {

    private final PlanQueries queries;
    private final PartyLookup parties;

    ResponsibilityMatrix(PlanQueries queries, PartyLookup parties) {
        this.queries = queries;
        this.parties = parties;
    }

    /** About how many tasks a page of the matrix shows: whole objectives, never one cut in two. */
    public static final int TASKS_PER_PAGE = 120;

    /** The plan's whole matrix, showing every task the filter accepts (the exports write it). */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public ResponsibilityMatrixView matrix(long planId, MatrixFilter filter) {
        PlanOutline outline = queries.outline(planId);
        return of(outline, parties.units(outline.plan().missionId()), filter, null);
    }

    /**
     * One page of the matrix: the rows of whole objectives, about {@link #TASKS_PER_PAGE} tasks; the
     * columns, flags and totals still describe every task the filter accepts. A page out of range
     * gives the nearest one.
     */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public ResponsibilityMatrixView matrixPage(long planId, MatrixFilter filter, int page) {
        PlanOutline outline = queries.outline(planId);
        return of(outline, parties.units(outline.plan().missionId()), filter, page);
    }

    /**
     * The matrix (one page of it, or all of it when {@code page} is null) of an outline already read,
     * such as a version of the plan.
     */
    @PreAuthorize("@planAccess.canView(#outline.plan().id(), authentication)")
    public ResponsibilityMatrixView matrixOf(PlanOutline outline, MatrixFilter filter, Integer page) {
        return of(outline, parties.units(outline.plan().missionId()), filter, page);
    }

    /** The matrix of an outline whose mission has these units; no database access. */
    static ResponsibilityMatrixView of(PlanOutline outline, List<NamedParty> missionUnits, MatrixFilter filter) {
        return of(outline, missionUnits, filter, null);
    }

    /** The same, on one page of it (null: all of it). */
    static ResponsibilityMatrixView of(
            PlanOutline outline, List<NamedParty> missionUnits, MatrixFilter filter, Integer page) {
        List<Group> candidates = new ArrayList<>();
        for (PlanOutline.ObjectiveNode node : outline.objectives()) {
            candidates.add(
                    group(node.objective(), node.allTasks(), node.objective().dimension(), filter));
        }
        candidates.add(group(null, outline.unlinkedTasks(), null, filter));
        List<TaskView> shown = candidates.stream()
                .flatMap(g -> g.rows().stream())
                .map(Row::task)
                .toList();

        List<NamedParty> actors = columns(shown, missionUnits);
        List<Group> matching =
                candidates.stream().filter(g -> !g.rows().isEmpty()).toList();
        GroupPages pages = page == null
                ? GroupPages.single(matching.size())
                : GroupPages.of(matching.stream().map(g -> g.rows().size()).toList(), TASKS_PER_PAGE, page);
        List<Group> groups = pages.slice(matching).stream()
                .map(g -> new Group(
                        g.objective(),
                        g.rows().stream().map(r -> row(r.task(), actors)).toList()))
                .toList();

        List<TaskView> all = outline.allTasks();
        return new ResponsibilityMatrixView(
                outline.plan(),
                filter,
                actors,
                groups,
                columns(all, missionUnits, missionUnits),
                shown.stream().filter(t -> !t.hasLead()).toList(),
                idleUnits(all, missionUnits),
                totals(shown, actors),
                funding(shown),
                all.size(),
                shown.size(),
                pages);
    }

    private static Group group(
            ObjectiveView objective, List<TaskView> tasks, Dimension dimension, MatrixFilter filter) {
        return new Group(
                objective,
                tasks.stream()
                        .filter(t -> filter.accepts(t, dimension))
                        .map(t -> new Row(t, List.of()))
                        .toList());
    }

    private static Row row(TaskView task, List<NamedParty> actors) {
        Set<String> supporters = new LinkedHashSet<>();
        task.supporters().forEach(s -> supporters.add(s.key()));
        String lead = task.lead() == null ? null : task.lead().key();
        List<MatrixMark> marks = new ArrayList<>(actors.size());
        for (NamedParty actor : actors) {
            marks.add(
                    actor.key().equals(lead)
                            ? MatrixMark.LEAD
                            : supporters.contains(actor.key()) ? MatrixMark.SUPPORT : null);
        }
        return new Row(task, Collections.unmodifiableList(marks));
    }

    private static List<NamedParty> columns(List<TaskView> tasks, List<NamedParty> missionUnits) {
        return columns(tasks, missionUnits, List.of());
    }

    /** The actors of the tasks plus the extra ones: the mission's units in their order, then the rest by name. */
    private static List<NamedParty> columns(
            List<TaskView> tasks, List<NamedParty> missionUnits, List<NamedParty> extra) {
        Map<String, NamedParty> named = new LinkedHashMap<>();
        Stream.concat(extra.stream(), tasks.stream().flatMap(ResponsibilityMatrix::actorsOf))
                .forEach(p -> named.putIfAbsent(p.key(), p));
        List<NamedParty> columns = new ArrayList<>();
        missionUnits.stream().filter(u -> named.remove(u.key()) != null).forEach(columns::add);
        named.values().stream()
                .sorted(Comparator.comparing((NamedParty p) -> p.kind() != Party.Kind.UNIT)
                        .thenComparing(p -> p.name().toLowerCase())
                        .thenComparing(NamedParty::key))
                .forEach(columns::add);
        return columns;
    }

    private static Stream<NamedParty> actorsOf(TaskView task) {
        return Stream.concat(Stream.ofNullable(task.lead()), task.supporters().stream());
    }

    private static List<NamedParty> idleUnits(List<TaskView> tasks, List<NamedParty> missionUnits) {
        Set<String> busy = new LinkedHashSet<>();
        tasks.stream().flatMap(ResponsibilityMatrix::actorsOf).forEach(p -> busy.add(p.key()));
        return missionUnits.stream().filter(u -> !busy.contains(u.key())).toList();
    }

    private static List<ActorTotal> totals(List<TaskView> tasks, List<NamedParty> actors) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        actors.forEach(a -> counts.put(a.key(), new int[2]));
        for (TaskView task : tasks) {
            if (task.lead() != null) {
                counts.get(task.lead().key())[0]++;
            }
            task.supporters().stream().map(NamedParty::key).distinct().forEach(key -> counts.get(key)[1]++);
        }
        return actors.stream()
                .map(a -> new ActorTotal(a, counts.get(a.key())[0], counts.get(a.key())[1]))
                .toList();
    }

    /**
     * One row per source and currency. A task without an amount yet counts in its source's row (the
     * first currency its costed tasks use), not in a row of its own: "Bilateral, 2 tasks, 3,000,000
     * USD", never "Bilateral 1 –" beside "Bilateral 1 3,000,000 USD".
     */
    private static List<FundingTotal> funding(List<TaskView> tasks) {
        List<TaskView> ordered = tasks.stream()
                .sorted(Comparator.comparing((TaskView t) -> t.fundingSource() == null
                                ? Integer.MAX_VALUE
                                : t.fundingSource().ordinal())
                        .thenComparing(t -> Objects.toString(t.currency(), "")))
                .toList();
        Map<FundingSource, String> firstCurrency = new HashMap<>();
        ordered.stream()
                .filter(t -> t.amount() != null)
                .forEach(t -> firstCurrency.putIfAbsent(t.fundingSource(), t.currency()));
        Map<List<Object>, FundingTotal> totals = new LinkedHashMap<>();
        ordered.forEach(t -> {
            String currency = t.amount() == null ? firstCurrency.get(t.fundingSource()) : t.currency();
            List<Object> key = Arrays.asList(t.fundingSource(), currency);
            FundingTotal before =
                    totals.getOrDefault(key, new FundingTotal(t.fundingSource(), currency, 0, BigDecimal.ZERO));
            totals.put(
                    key,
                    new FundingTotal(
                            before.source(),
                            currency,
                            before.tasks() + 1,
                            t.amount() == null
                                    ? before.amount()
                                    : before.amount().add(t.amount())));
        });
        return List.copyOf(totals.values());
    }
}
