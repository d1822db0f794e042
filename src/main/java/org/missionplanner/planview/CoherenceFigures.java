package org.missionplanner.planview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.Share;
import org.missionplanner.plan.Tally;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.planview.CoherenceReport.Amount;
import org.missionplanner.planview.CoherenceReport.Element;
import org.missionplanner.planview.CoherenceReport.FundingGap;
import org.missionplanner.planview.CoherenceReport.FundingLine;
import org.missionplanner.planview.CoherenceReport.GapLine;
import org.missionplanner.planview.CoherenceReport.LeadCount;
import org.missionplanner.planview.CoherenceReport.MandateCoverage;

/** Computes a plan's {@link CoherenceReport} from its outline and the mandate in force; reads nothing itself. */
public final class CoherenceFigures {

    private CoherenceFigures() {}

    /**
     * The report of the plan. {@code resolution} names the mandate in force (null when none is) and
     * {@code mandated} the categories of the tasks it lists.
     */
    public static CoherenceReport of(PlanOutline outline, String resolution, List<MandateCategory> mandated) {
        List<TaskView> tasks = outline.allTasks();
        long total = tasks.size();
        long linked = count(tasks, TaskView::isLinked);
        return new CoherenceReport(
                outline.plan().id(),
                outline.plan().missionId(),
                total,
                new Share(linked, total),
                new Share(total - linked, total),
                new Share(count(tasks, t -> !t.hasLead()), total),
                new Share(count(tasks, TaskView::hasNationalCounterpart), total),
                new Share(count(tasks, t -> t.fundingSource() == FundingSource.UNFUNDED), total),
                funding(tasks),
                amounts(tasks.stream()
                        .filter(t -> t.fundingSource() != FundingSource.UNFUNDED)
                        .toList()),
                outline.objectives().stream()
                        .filter(o -> o.results().isEmpty())
                        .map(CoherenceFigures::element)
                        .toList(),
                outline.objectives().stream()
                        .filter(o -> o.allIndicators().isEmpty())
                        .map(CoherenceFigures::element)
                        .toList(),
                outline.objectives().stream()
                        .flatMap(o -> o.results().stream())
                        .filter(r -> r.indicators().isEmpty())
                        .map(r -> new Element(r.result().id(), r.result().title()))
                        .toList(),
                coverage(tasks, resolution, mandated),
                topLeads(tasks),
                byDimension(outline),
                tally(tasks, TaskView::horizon, TimeHorizon.values()),
                tally(tasks, TaskView::status, TaskStatus.values()),
                outline.allIndicators().size(),
                outline.allIndicators().stream().filter(IndicatorView::offTrack).toList(),
                fundingGap(tasks),
                CoherenceElement.of(tasks));
    }

    private static FundingGap fundingGap(List<TaskView> tasks) {
        Map<List<Object>, org.missionplanner.plan.FundingLine> bySource =
                new TreeMap<>(Comparator.comparing((List<Object> key) -> ((FundingSource) key.get(0)).ordinal())
                        .thenComparing(key -> (String) key.get(1)));
        long withoutDetail = 0;
        for (TaskView task : tasks) {
            String currency = task.currency() == null ? "" : task.currency();
            List<org.missionplanner.plan.FundingLine> lines = task.funding();
            if (lines.isEmpty() && task.fundingSource() == FundingSource.UNFUNDED && task.amount() != null) {
                lines = List.of(
                        new org.missionplanner.plan.FundingLine(FundingSource.UNFUNDED, task.amount(), null, null));
            } else if (lines.isEmpty()) {
                withoutDetail++;
            }
            lines.forEach(line -> bySource.merge(Arrays.asList(line.source(), currency), line, CoherenceFigures::add));
        }
        List<GapLine> lines = bySource.entrySet().stream()
                .map(e -> gapLine(
                        (FundingSource) e.getKey().get(0), (String) e.getKey().get(1), e.getValue()))
                .toList();
        // a total's gap adds up the sources' gaps: one source's surplus does not fill another's need
        Map<String, GapLine> totals = new TreeMap<>();
        lines.forEach(line -> totals.merge(
                line.currency(),
                new GapLine(null, line.currency(), line.required(), line.pledged(), line.disbursed(), line.gap()),
                (a, b) -> new GapLine(
                        null,
                        a.currency(),
                        a.required().add(b.required()),
                        a.pledged().add(b.pledged()),
                        a.disbursed().add(b.disbursed()),
                        a.gap().add(b.gap()))));
        return new FundingGap(withoutDetail, lines, List.copyOf(totals.values()));
    }

    private static org.missionplanner.plan.FundingLine add(
            org.missionplanner.plan.FundingLine a, org.missionplanner.plan.FundingLine b) {
        return new org.missionplanner.plan.FundingLine(
                a.source(),
                a.required().add(b.required()),
                a.pledged().add(b.pledged()),
                a.disbursed().add(b.disbursed()));
    }

    private static GapLine gapLine(FundingSource source, String currency, org.missionplanner.plan.FundingLine line) {
        return new GapLine(source, currency, line.required(), line.pledged(), line.disbursed(), line.gap());
    }

    private static long count(List<TaskView> tasks, Predicate<TaskView> which) {
        return tasks.stream().filter(which).count();
    }

    private static Element element(PlanOutline.ObjectiveNode node) {
        return new Element(node.objective().id(), node.objective().title());
    }

    private static List<FundingLine> funding(List<TaskView> tasks) {
        Map<FundingSource, List<TaskView>> bySource = tasks.stream()
                .collect(Collectors.groupingBy(
                        TaskView::fundingSource, () -> new EnumMap<>(FundingSource.class), Collectors.toList()));
        return Arrays.stream(FundingSource.values())
                .map(source -> {
                    List<TaskView> funded = bySource.getOrDefault(source, List.of());
                    return new FundingLine(source, funded.size(), amounts(funded));
                })
                .toList();
    }

    /** The tasks' amounts summed per currency, currencies in alphabetical order; tasks without an amount add nothing. */
    private static List<Amount> amounts(List<TaskView> tasks) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        tasks.stream()
                .filter(t -> t.amount() != null && t.amount().signum() > 0)
                .forEach(t -> sums.merge(t.currency() == null ? "" : t.currency(), t.amount(), BigDecimal::add));
        return sums.entrySet().stream()
                .map(e -> new Amount(e.getKey(), e.getValue()))
                .toList();
    }

    private static MandateCoverage coverage(List<TaskView> tasks, String resolution, List<MandateCategory> mandated) {
        if (resolution == null) {
            return new MandateCoverage(null, List.of(), List.of());
        }
        Set<MandateCategory> covered = tasks.stream()
                .map(TaskView::mandateCategory)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<MandateCategory> distinct = mandated.stream().distinct().sorted().toList();
        return new MandateCoverage(
                resolution,
                distinct,
                distinct.stream().filter(c -> !covered.contains(c)).toList());
    }

    /** The actors leading the most tasks, most first, ties by name. */
    private static List<LeadCount> topLeads(List<TaskView> tasks) {
        Map<String, NamedParty> actors = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        tasks.stream().map(TaskView::lead).filter(Objects::nonNull).forEach(lead -> {
            actors.putIfAbsent(lead.key(), lead);
            counts.merge(lead.key(), 1L, Long::sum);
        });
        return counts.entrySet().stream()
                .map(e -> new LeadCount(actors.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(LeadCount::tasks)
                        .reversed()
                        .thenComparing(l -> l.actor().name(), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .limit(CoherenceReport.TOP_LEADS)
                .toList();
    }

    /** Tasks per dimension of the objective they serve; the unlinked ones last, under a null key. */
    private static List<Tally<Dimension>> byDimension(PlanOutline outline) {
        Map<Dimension, Long> counts = new EnumMap<>(Dimension.class);
        outline.objectives()
                .forEach(o -> counts.merge(
                        o.objective().dimension(), (long) o.allTasks().size(), Long::sum));
        List<Tally<Dimension>> tallies = new ArrayList<>(Arrays.stream(Dimension.values())
                .map(d -> new Tally<>(d, counts.getOrDefault(d, 0L)))
                .toList());
        tallies.add(new Tally<>(null, outline.unlinkedTasks().size()));
        return List.copyOf(tallies);
    }

    private static <K extends Enum<K>> List<Tally<K>> tally(
            List<TaskView> tasks, Function<TaskView, K> key, K[] values) {
        Map<K, Long> counts = tasks.stream()
                .filter(t -> key.apply(t) != null)
                .collect(Collectors.groupingBy(key, Collectors.counting()));
        return Arrays.stream(values)
                .map(v -> new Tally<>(v, counts.getOrDefault(v, 0L)))
                .toList();
    }
}
