package org.missionplanner.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.actor.PartyNames;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one kind of a plan's parts, or one part, without reading the whole plan: what the API
 * answers for {@code /plans/{id}/tasks} and {@code /plans/{id}/tasks/{taskId}}. Every kind is read
 * the same way, through its repository ({@link PartRepositories}) and its {@link PartViewer}, which
 * says what else its view needs. A part asked for under another plan than its own is "not found".
 */
@Service
@Transactional(readOnly = true)
public class PlanPartQueries {

    private final PlanRepository plans;
    private final PartRepositories parts;
    private final IndicatorReadings readings;
    private final PartyLookup parties;

    PlanPartQueries(PlanRepository plans, PartRepositories parts, IndicatorReadings readings, PartyLookup parties) {
        this.plans = plans;
        this.parts = parts;
        this.readings = readings;
        this.parties = parties;
    }

    /** The plan's parts of the kind in their order, each read as the kind's view. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public <E extends PlanPart, V> List<V> list(PartKind<E, ?, V> kind, long planId) {
        Plan plan = requirePlan(planId);
        PartViewer<E, V> viewer = kind.viewer();
        Map<Long, IndicatorReadings.Reading> latest = viewer.measured() ? readings.latestOfPlan(planId) : Map.of();
        List<E> found = parts.of(kind).findByPlan(planId);
        PartyNames names = viewer.namesParties()
                ? names(
                        plan,
                        found.stream().flatMap(p -> viewer.named(p).stream()).toList())
                : null;
        PartViewer.Context context =
                new PartViewer.Context(plan, names, latest::get, viewer.measured() ? parties.today() : null);
        return found.stream().map(p -> viewer.view(p, context)).toList();
    }

    /** One part of the plan of the kind, read as the kind's view. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public <E extends PlanPart, V> V part(PartKind<E, ?, V> kind, long planId, long partId) {
        PartViewer<E, V> viewer = kind.viewer();
        Plan plan = viewer.namesParties() ? requirePlan(planId) : null;
        E part = parts.of(kind)
                .findById(partId)
                .filter(p -> p.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException(kind.name(), partId));
        PartyNames names = viewer.namesParties() ? names(plan, viewer.named(part)) : null;
        Function<Long, IndicatorReadings.Reading> latest =
                viewer.measured() ? id -> readings.latestOf(id).orElse(null) : id -> null;
        return viewer.view(
                part, new PartViewer.Context(plan, names, latest, viewer.measured() ? parties.today() : null));
    }

    /** The plan's objectives in their order, each with its results in theirs: what a form offers to choose from. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<ObjectiveResults> objectivesWithResults(long planId) {
        requirePlan(planId);
        Map<Long, List<ResultView>> resultsByObjective = parts.of(PartKind.RESULT).findByPlan(planId).stream()
                .map(ResultView::of)
                .collect(Collectors.groupingBy(ResultView::objectiveId));
        return parts.of(PartKind.OBJECTIVE).findByPlan(planId).stream()
                .map(o -> new ObjectiveResults(
                        ObjectiveView.of(o), resultsByObjective.getOrDefault(o.getId(), List.of())))
                .toList();
    }

    private PartyNames names(Plan plan, Collection<Party> named) {
        return parties.names(
                plan.getMissionId(), named.stream().filter(Objects::nonNull).toList());
    }

    private Plan requirePlan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }
}
