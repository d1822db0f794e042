package org.missionplanner.planview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanChainFacts;
import org.missionplanner.plan.PlanLink;
import org.springframework.stereotype.Service;

/**
 * Rolls up what the plans deriving from a plan contribute to its results, for its coherence report.
 * Reads the facts in a fixed number of queries ({@link PlanChain#facts}), whatever the number of
 * deriving plans and tasks.
 */
@Service
public class PlanChainCoherence {

    private final PlanChain chain;

    PlanChainCoherence(PlanChain chain) {
        this.chain = chain;
    }

    public PlanChainReport report(long planId) {
        return of(chain.facts(planId));
    }

    /** The report of the facts, computed in memory. */
    static PlanChainReport of(PlanChainFacts facts) {
        List<PlanChainFacts.ParentResult> withoutTask = new ArrayList<>();
        List<PlanChainFacts.ParentResult> servedByChildren = new ArrayList<>();
        for (PlanChainFacts.ParentResult result : facts.results()) {
            if (result.ownTasks() + result.contributingTasks() == 0) {
                withoutTask.add(result);
            }
            if (result.contributingTasks() > 0) {
                servedByChildren.add(result);
            }
        }
        Map<Long, List<PlanChainFacts.ChildTask>> unserved = new LinkedHashMap<>();
        for (PlanChainFacts.ChildTask task : facts.tasksWithoutContribution()) {
            unserved.computeIfAbsent(task.planId(), id -> new ArrayList<>()).add(task);
        }
        List<PlanChainReport.ChildWork> work = new ArrayList<>();
        for (PlanLink child : facts.children()) {
            work.add(new PlanChainReport.ChildWork(
                    child,
                    facts.childTaskCounts().getOrDefault(child.id(), 0L),
                    List.copyOf(unserved.getOrDefault(child.id(), List.of()))));
        }
        return new PlanChainReport(
                facts.children(),
                facts.results().size(),
                List.copyOf(withoutTask),
                List.copyOf(servedByChildren),
                List.copyOf(work),
                facts.tasksWithoutContribution().size());
    }
}
