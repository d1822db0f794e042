package org.missionplanner.planview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.mission.MandateOverview;
import org.missionplanner.mission.MandatedTask;
import org.missionplanner.mission.Mandates;
import org.missionplanner.mission.ResolutionView;
import org.missionplanner.national.NationalActorKind;
import org.missionplanner.national.NationalDirectory;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.TaskView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coherence report of a plan and the tasks behind each of its figures, for the pages and the
 * API. Reads the plan's outline and the mission's mandates in force during its period: a bounded number of statements
 * whatever the plan's size.
 */
@Service
@Transactional(readOnly = true)
public class PlanCoherence {

    private final PlanQueries queries;
    private final Mandates mandates;
    private final NationalDirectory national;

    PlanCoherence(PlanQueries queries, Mandates mandates, NationalDirectory national) {
        this.queries = queries;
        this.mandates = mandates;
        this.national = national;
    }

    /**
     * Local ownership and alignment of an outline already read: its national counterparts per actor
     * and per kind, and its tasks under objectives aligned with a national priority. Two statements
     * whatever the plan's size (the actors' kinds, the aligned priorities).
     */
    @PreAuthorize("@planAccess.canView(#outline.plan().id(), authentication)")
    public NationalOwnership ownershipOf(PlanOutline outline) {
        Set<Long> actorIds = outline.allTasks().stream()
                .flatMap(t -> t.getNationalCounterpartIds().stream())
                .collect(Collectors.toSet());
        Set<Long> priorityIds = outline.objectives().stream()
                .map(o -> o.objective().nationalPriorityId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return NationalOwnership.of(outline, national.kindsOf(actorIds), national.prioritiesByIds(priorityIds));
    }

    /** The plan's coherence figures. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public CoherenceReport report(long planId) {
        return reportOf(queries.outline(planId));
    }

    /**
     * The figures of an outline already read. Mandate coverage is judged against the mandates in
     * force during the plan's period (today's when the plan has no period).
     */
    @PreAuthorize("@planAccess.canView(#outline.plan().id(), authentication)")
    public CoherenceReport reportOf(PlanOutline outline) {
        List<ResolutionView> inForce = mandatesOfPeriod(outline);
        if (inForce.isEmpty()) {
            return CoherenceFigures.of(outline, null, List.of());
        }
        return CoherenceFigures.of(
                outline,
                inForce.stream().map(ResolutionView::symbol).collect(Collectors.joining(", ")),
                inForce.stream()
                        .flatMap(r -> r.tasks().stream())
                        .map(MandatedTask::getCategory)
                        .toList());
    }

    private List<ResolutionView> mandatesOfPeriod(PlanOutline outline) {
        long missionId = outline.plan().missionId();
        LocalDate from = outline.plan().periodStart();
        LocalDate to = outline.plan().periodEnd();
        if (from == null || to == null) {
            MandateOverview today = mandates.inForceSummary(missionId);
            return today.hasMandateInForce() ? List.of(today.inForce()) : List.of();
        }
        return mandates.inForceDuring(missionId, from, to);
    }

    /** The tasks behind a figure, with the outline they come from. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public FilteredTasks tasks(long planId, TaskFilter filter) {
        return tasksOf(queries.outline(planId), filter);
    }

    /** The tasks behind a figure of an outline already read (a version of the plan). */
    @PreAuthorize("@planAccess.canView(#outline.plan().id(), authentication)")
    public FilteredTasks tasksOf(PlanOutline outline, TaskFilter filter) {
        Map<Long, NationalActorKind> kinds = Map.of();
        if (filter.counterpartKind() != null) {
            Set<Long> actorIds = outline.allTasks().stream()
                    .flatMap(t -> t.getNationalCounterpartIds().stream())
                    .collect(Collectors.toSet());
            kinds = national.kindsOf(actorIds);
        }
        return new FilteredTasks(outline, filter, filter.apply(outline, kinds));
    }

    /** A filter's tasks of a plan; the outline names their objectives and results. */
    public record FilteredTasks(PlanOutline outline, TaskFilter filter, List<TaskView> tasks) {

        /** The tasks in runs of one objective each (unlinked tasks last), in outline order. */
        public List<List<TaskView>> byObjective() {
            List<List<TaskView>> runs = new ArrayList<>();
            Long objective = null;
            for (TaskView task : tasks) {
                if (runs.isEmpty() || !Objects.equals(objective, task.objectiveId())) {
                    runs.add(new ArrayList<>());
                    objective = task.objectiveId();
                }
                runs.get(runs.size() - 1).add(task);
            }
            return runs;
        }
    }
}
