package org.missionplanner.plan;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.missionplanner.security.MissionAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans of several missions in figures ({@link PlanFigures}), for comparing missions: a fixed
 * number of statements whatever the number of missions, plans, objectives and tasks (the plans, their
 * versions in force, the objectives, the tasks and their funding lines). The figures are read from the
 * live plan.
 */
@Service
@Transactional(readOnly = true)
public class PlanComparisonFigures {

    private final PlanRepository plans;
    private final PlanOutlines outlines;
    private final MissionAccess access;
    private final EntityManager entityManager;

    PlanComparisonFigures(
            PlanRepository plans, PlanOutlines outlines, MissionAccess access, EntityManager entityManager) {
        this.plans = plans;
        this.outlines = outlines;
        this.access = access;
        this.entityManager = entityManager;
    }

    /**
     * For each of these missions the user may see that has a plan: its plan in force (the latest
     * with an approved version), or else its latest plan. Other missions are left out.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PlanFigures> ofMissions(Collection<Long> missionIds, Authentication authentication) {
        var visible = access.visibleMissions(authentication);
        List<Long> ids =
                missionIds.stream().filter(visible::includes).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Plan> found = plans.findByMissions(ids);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, VersionInForce> versions =
                outlines.inForce(found.stream().map(Plan::getId).toList());
        Map<Long, Plan> chosen = new LinkedHashMap<>();
        for (Plan plan : found) { // latest period first
            Plan earlier = chosen.get(plan.getMissionId());
            boolean approved = approved(versions, plan);
            if (earlier == null || (approved && !approved(versions, earlier))) {
                chosen.put(plan.getMissionId(), plan);
            }
        }
        List<Long> planIds = chosen.values().stream().map(Plan::getId).toList();
        Map<Long, List<Objective>> objectives = entityManager
                .createQuery(
                        "select o from Objective o where o.planId in :planIds order by o.position, o.id",
                        Objective.class)
                .setParameter("planIds", planIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Objective::getPlanId));
        Map<Long, List<PlanTask>> tasks = entityManager
                .createQuery(
                        "select t from PlanTask t where t.planId in :planIds order by t.position, t.id", PlanTask.class)
                .setParameter("planIds", planIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(PlanTask::getPlanId));
        Map<Long, PlanFigures> result = new LinkedHashMap<>();
        chosen.forEach((missionId, plan) -> result.put(
                missionId,
                figures(
                        plan,
                        versions.get(plan.getId()),
                        objectives.getOrDefault(plan.getId(), List.of()),
                        tasks.getOrDefault(plan.getId(), List.of()))));
        return result;
    }

    private static boolean approved(Map<Long, VersionInForce> versions, Plan plan) {
        VersionInForce version = versions.get(plan.getId());
        return version != null && version.hasApproved();
    }

    private static PlanFigures figures(
            Plan plan, VersionInForce version, List<Objective> objectives, List<PlanTask> tasks) {
        long total = tasks.size();
        return new PlanFigures(
                plan.getMissionId(),
                plan.getId(),
                plan.getTitle(),
                plan.getKind(),
                plan.getStatus(),
                plan.getPeriodStart(),
                plan.getPeriodEnd(),
                version == null ? null : version.number(),
                objectives.stream()
                        .map(o -> new PlanFigures.ObjectiveRef(o.getId(), o.getTitle(), o.getDimension()))
                        .toList(),
                total,
                share(tasks, t -> t.getObjectiveId() != null),
                share(tasks, t -> t.getLead() == null),
                share(
                        tasks,
                        t -> t.getNationalCounterpart() != null
                                && !t.getNationalCounterpart().isBlank()),
                share(tasks, t -> t.getFundingSource() == FundingSource.UNFUNDED),
                funding(tasks));
    }

    private static Share share(List<PlanTask> tasks, Predicate<PlanTask> which) {
        return new Share(tasks.stream().filter(which).count(), tasks.size());
    }

    /** Per source: the tasks it funds and the amounts required and pledged per currency. */
    private static List<PlanFigures.SourceFunding> funding(List<PlanTask> tasks) {
        Map<FundingSource, Map<String, PlanFigures.Money>> amounts = new EnumMap<>(FundingSource.class);
        Map<FundingSource, Long> counts = new EnumMap<>(FundingSource.class);
        for (PlanTask task : tasks) {
            String currency = Objects.requireNonNullElse(task.getCurrency(), "");
            List<FundingLine> lines = task.getFunding();
            if (lines.isEmpty() && task.getFundingSource() != null) {
                BigDecimal amount = task.getAmount() == null ? BigDecimal.ZERO : task.getAmount();
                boolean unfunded = task.getFundingSource() == FundingSource.UNFUNDED;
                lines = List.of(new FundingLine(task.getFundingSource(), amount, unfunded ? null : amount, null));
            }
            lines.stream().map(FundingLine::source).distinct().forEach(source -> counts.merge(source, 1L, Long::sum));
            for (FundingLine line : lines) {
                amounts.computeIfAbsent(line.source(), s -> new TreeMap<>())
                        .merge(
                                currency,
                                new PlanFigures.Money(line.required(), line.pledged()),
                                PlanFigures.Money::plus);
            }
        }
        return counts.keySet().stream()
                .map(source -> new PlanFigures.SourceFunding(
                        source, counts.get(source), amounts.getOrDefault(source, Map.of())))
                .toList();
    }
}
