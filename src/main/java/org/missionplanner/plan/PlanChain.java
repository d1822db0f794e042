package org.missionplanner.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of plans of a mission: which plan derives from which, and which tasks of a deriving
 * plan contribute to which result of the plan it derives from. A task is saved with its contribution
 * in one transaction, the contribution checked first: its result must be one of the parent plan's.
 */
@Service
@Transactional
public class PlanChain {

    /** The field a refused contribution is reported on. */
    public static final String CONTRIBUTION_FIELD = "contributesToResultId";

    private final PlanRepository plans;
    private final PlanContributionRepository contributions;
    private final PlanTaskRepository tasks;
    private final PlanEditing editing;

    PlanChain(
            PlanRepository plans,
            PlanContributionRepository contributions,
            PlanTaskRepository tasks,
            PlanEditing editing) {
        this.plans = plans;
        this.contributions = contributions;
        this.tasks = tasks;
        this.editing = editing;
    }

    /** The plans deriving directly from the plan. */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<PlanLink> children(long planId) {
        requirePlan(planId);
        return contributions.findChildren(planId).stream().map(PlanLink::of).toList();
    }

    /** The plan it derives from and those deriving from it, read in one query. */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PlanChainView chainOf(long planId) {
        requirePlan(planId);
        PlanLink parent = null;
        List<PlanLink> children = new java.util.ArrayList<>();
        for (Plan plan : contributions.findChainAround(planId)) {
            if (plan.getParentPlanId() != null && plan.getParentPlanId() == planId) {
                children.add(PlanLink.of(plan));
            } else {
                parent = PlanLink.of(plan);
            }
        }
        return new PlanChainView(parent, List.copyOf(children));
    }

    /** The plan the plan derives from, or null. */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public Long parentOf(long planId) {
        return requirePlan(planId).getParentPlanId();
    }

    /** The results of the plan's parent plan that its tasks may contribute to. */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public ContributionChoices contributionChoices(long planId) {
        Long parentId = requirePlan(planId).getParentPlanId();
        if (parentId == null) {
            return new ContributionChoices(null, List.of());
        }
        Plan parent = requirePlan(parentId);
        List<ContributionChoices.Choice> results = contributions.resultsOf(parentId).stream()
                .map(row -> new ContributionChoices.Choice((Long) row[0], (String) row[1]))
                .toList();
        return new ContributionChoices(PlanLink.of(parent), results);
    }

    /** A form or request of a part that contributes to a result of the parent plan (a task, a result). */
    public interface Contribution {

        /** The parent plan's result the part contributes to; null for none. */
        Long contributesToResultId();
    }

    /** Adds a task or result that contributes to a result of the parent plan (or to none); returns its id. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public <D> long add(PartKind<?, D, ?> kind, long planId, D details, Long contributesToResultId) {
        if (kind == PartKind.TASK) {
            return addTask(planId, (TaskDetails) details, contributesToResultId);
        }
        if (kind == PartKind.RESULT) {
            return addResult(planId, (ResultDetails) details, contributesToResultId);
        }
        throw new IllegalArgumentException(kind + " contributes to nothing");
    }

    /** Changes a task or result and what it contributes to, as the planner saw it at {@code version}. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public <D> void update(
            PartKind<?, D, ?> kind, long planId, long partId, long version, D details, Long contributesToResultId) {
        if (kind == PartKind.TASK) {
            updateTask(planId, partId, version, (TaskDetails) details, contributesToResultId);
        } else if (kind == PartKind.RESULT) {
            updateResult(planId, partId, version, (ResultDetails) details, contributesToResultId);
        } else {
            throw new IllegalArgumentException(kind + " contributes to nothing");
        }
    }

    /** The parent result a task or result contributes to, or null (null for a kind that contributes to none). */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public Long contributionOf(PartKind<?, ?, ?> kind, long planId, long partId) {
        if (kind == PartKind.TASK) {
            return contributionOfTask(planId, partId);
        }
        return kind == PartKind.RESULT ? contributionOfResult(planId, partId) : null;
    }

    /** The parent result the task contributes to, or null. */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public Long contributionOfTask(long planId, long taskId) {
        return contributions
                .findByTask(taskId)
                .filter(c -> c.getPlanId() == planId)
                .map(PlanContribution::getParentResultId)
                .orElse(null);
    }

    /** Adds a task that contributes to a result of the parent plan (or to none); returns its id. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long addTask(long planId, TaskDetails details, Long contributesToResultId) {
        checkContribution(planId, contributesToResultId);
        long taskId = editing.add(PartKind.TASK, planId, details);
        link(planId, taskId, contributesToResultId);
        return taskId;
    }

    /** Changes a task and what it contributes to, as the planner saw it at {@code version}. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updateTask(long planId, long taskId, long version, TaskDetails details, Long contributesToResultId) {
        checkContribution(planId, contributesToResultId);
        editing.update(PartKind.TASK, planId, taskId, version, details);
        link(planId, taskId, contributesToResultId);
    }

    /** The parent result the result contributes to, or null. */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public Long contributionOfResult(long planId, long resultId) {
        return contributions
                .findByResult(resultId)
                .filter(c -> c.getPlanId() == planId)
                .map(PlanContribution::getParentResultId)
                .orElse(null);
    }

    /**
     * Adds a result that contributes to a result of the parent plan (or to none); returns its id. Its
     * tasks then serve that result too.
     */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long addResult(long planId, ResultDetails details, Long contributesToResultId) {
        checkContribution(planId, contributesToResultId);
        long resultId = editing.add(PartKind.RESULT, planId, details);
        linkResult(planId, resultId, contributesToResultId);
        return resultId;
    }

    /** Changes a result and what it contributes to, as the planner saw it at {@code version}. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updateResult(
            long planId, long resultId, long version, ResultDetails details, Long contributesToResultId) {
        checkContribution(planId, contributesToResultId);
        editing.update(PartKind.RESULT, planId, resultId, version, details);
        linkResult(planId, resultId, contributesToResultId);
    }

    /**
     * What the plan's chain says about its results: a fixed number of queries, however many plans
     * derive from it and however many tasks they have.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PlanChainFacts facts(long planId) {
        List<PlanLink> children =
                contributions.findChildren(planId).stream().map(PlanLink::of).toList();
        List<PlanChainFacts.ParentResult> results = contributions.resultsWithTaskCounts(planId).stream()
                .map(row ->
                        new PlanChainFacts.ParentResult((Long) row[0], (String) row[1], (Long) row[2], (Long) row[3]))
                .toList();
        if (children.isEmpty()) {
            return new PlanChainFacts(children, results, Map.of(), List.of());
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : contributions.childTaskCounts(planId)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        List<PlanChainFacts.ChildTask> unserved = contributions.childTasksWithoutContribution(planId).stream()
                .map(row -> new PlanChainFacts.ChildTask((Long) row[0], (Long) row[1], (String) row[2]))
                .toList();
        return new PlanChainFacts(children, results, Map.copyOf(counts), unserved);
    }

    // --- helpers ---

    private void checkContribution(long planId, Long resultId) {
        if (resultId == null) {
            return;
        }
        Long parentId = requirePlan(planId).getParentPlanId();
        if (parentId == null) {
            throw new BusinessRuleException("plan.contribution.noParent", CONTRIBUTION_FIELD);
        }
        Long planOfResult = contributions.planOfResult(resultId).orElse(null);
        if (!parentId.equals(planOfResult)) {
            throw new BusinessRuleException("plan.contribution.notInParent", CONTRIBUTION_FIELD);
        }
    }

    private void link(long planId, long taskId, Long resultId) {
        tasks.findById(taskId)
                .filter(t -> t.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Task", taskId));
        PlanContribution existing = contributions.findByTask(taskId).orElse(null);
        if (resultId == null) {
            if (existing != null) {
                contributions.delete(existing);
            }
        } else if (existing == null) {
            contributions.save(PlanContribution.ofTask(planId, taskId, resultId));
        } else {
            existing.contributeTo(resultId);
        }
    }

    private void linkResult(long planId, long resultId, Long parentResultId) {
        if (!Long.valueOf(planId).equals(contributions.planOfResult(resultId).orElse(null))) {
            throw new NotFoundException("Result", resultId);
        }
        PlanContribution existing = contributions.findByResult(resultId).orElse(null);
        if (parentResultId == null) {
            if (existing != null) {
                contributions.delete(existing);
            }
        } else if (existing == null) {
            contributions.save(PlanContribution.ofResult(planId, resultId, parentResultId));
        } else {
            existing.contributeTo(parentResultId);
        }
    }

    private Plan requirePlan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }
}
