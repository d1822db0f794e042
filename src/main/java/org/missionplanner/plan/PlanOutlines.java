package org.missionplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outline of a plan as a view shows it: the working draft (the live plan) or one of its
 * versions, the version in force by default, read back from its snapshot. A version's indicators
 * show their live measurements (matched by indicator id), since monitoring goes on against the plan
 * in force while its revision is drafted. Whoever may view the plan may view its versions.
 */
@Service
@Transactional(readOnly = true)
public class PlanOutlines {

    private final PlanQueries queries;
    private final ObjectProvider<PlanVersionOutlines> versions;
    private final IndicatorReadings readings;

    PlanOutlines(PlanQueries queries, ObjectProvider<PlanVersionOutlines> versions, IndicatorReadings readings) {
        this.queries = queries;
        this.versions = versions;
        this.readings = readings;
    }

    /** The outline shown: the draft, or the version asked for (404 when the plan has no such version). */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PlanOutline outline(long planId, ShownVersion shown) {
        if (shown == null || shown.draft()) {
            return queries.read(planId);
        }
        queries.find(planId);
        PlanVersionOutlines source = versions.getIfAvailable();
        Optional<PlanOutline> found = source == null
                ? Optional.empty()
                : shown.approved() ? source.approved(planId) : source.numbered(planId, shown.number());
        return withLiveReadings(found.orElseThrow(() ->
                new NotFoundException("Plan version", shown.approved() ? "approved" : String.valueOf(shown.number()))));
    }

    /**
     * The plan's version in force and version under review, if any, in one statement (every page of a
     * plan shows it); without the live plan's status, which the page already has.
     */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public VersionInForce inForce(long planId) {
        return inForce(List.of(planId)).getOrDefault(planId, VersionInForce.none(planId));
    }

    /**
     * The same, for the header of a plan's page, which has already read the plan for this user (so
     * it checks nothing again): one statement. Only numbers and dates of versions are told.
     */
    public VersionInForce stateOf(long planId) {
        return inForce(List.of(planId)).getOrDefault(planId, VersionInForce.none(planId));
    }

    /**
     * The versions in force of plans the caller has already been allowed to see (the plan lists), in
     * one statement.
     */
    public Map<Long, VersionInForce> inForce(Collection<Long> planIds) {
        PlanVersionOutlines source = versions.getIfAvailable();
        return source == null || planIds.isEmpty() ? Map.of() : source.inForce(planIds);
    }

    /** The version's indicators with their latest measurement now, in one statement. */
    private PlanOutline withLiveReadings(PlanOutline outline) {
        List<Long> ids = outline.allIndicators().stream().map(IndicatorView::id).toList();
        if (ids.isEmpty()) {
            return outline;
        }
        Map<Long, IndicatorReadings.Reading> latest = readings.latestOf(ids);
        LocalDate today = queries.today();
        return new PlanOutline(
                outline.plan(),
                outline.objectives().stream()
                        .map(o -> new PlanOutline.ObjectiveNode(
                                o.objective(),
                                o.results().stream()
                                        .map(r -> new PlanOutline.ResultNode(
                                                r.result(),
                                                r.indicators().stream()
                                                        .map(i -> withReading(i, latest.get(i.id()), today))
                                                        .toList(),
                                                r.tasks()))
                                        .toList(),
                                o.tasks(),
                                o.benchmarks()))
                        .toList(),
                outline.unlinkedTasks(),
                outline.benchmarks(),
                outline.risks());
    }

    /** The indicator as {@link IndicatorView#of} shows it with this reading (or none). */
    static IndicatorView withReading(IndicatorView i, IndicatorReadings.Reading latest, LocalDate today) {
        BigDecimal latestValue = latest == null ? null : latest.value();
        Integer percent = IndicatorProgress.percent(i.baselineValue(), i.targetValue(), latestValue);
        LocalDate asOf = latest == null ? today : latest.measuredOn();
        Integer elapsed = IndicatorProgress.elapsedPercent(i.baselineOn(), i.targetOn(), asOf);
        return new IndicatorView(
                i.id(),
                i.resultId(),
                i.position(),
                i.definition(),
                i.unit(),
                i.baselineValue(),
                i.baselineOn(),
                i.targetValue(),
                i.targetOn(),
                i.dataSource(),
                i.frequency(),
                latestValue,
                latest == null ? null : latest.measuredOn(),
                percent,
                IndicatorProgress.offTrack(percent, elapsed, i.targetOn(), asOf),
                i.version());
    }
}
