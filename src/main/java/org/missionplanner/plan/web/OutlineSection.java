package org.missionplanner.plan.web;

import java.util.List;
import org.missionplanner.plan.OutlineSummary;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.TaskView;

/**
 * One section of the outline in an htmx answer that redraws more than one: an objective opened, the
 * {@code count} tasks that serve no objective (listed when {@code tasks} is not null), or a section
 * to remove ({@code oob} "delete"). {@code oob} is null for the section that takes the answer's
 * target, "true" for one swapped out of band.
 */
record OutlineSection(
        String id,
        OutlineSummary.ObjectiveSummary summary,
        PlanOutline.ObjectiveNode node,
        List<TaskView> tasks,
        int count,
        String oob) {

    static OutlineSection objective(PlanOutline.ObjectiveNode node, String oob) {
        return new OutlineSection(
                new OutlineRegion(node.objective().id()).id(),
                OutlineSummary.ObjectiveSummary.of(node),
                node,
                null,
                0,
                oob);
    }

    static OutlineSection unlinked(List<TaskView> tasks, String oob) {
        return unlinked(tasks, tasks.size(), oob);
    }

    static OutlineSection unlinked(List<TaskView> tasks, int count, String oob) {
        return new OutlineSection(OutlineRegion.UNLINKED.id(), null, null, tasks, count, oob);
    }

    static OutlineSection deleted(OutlineRegion region) {
        return new OutlineSection(region.id(), null, null, null, 0, "delete");
    }

    public boolean objective() {
        return summary != null;
    }

    public boolean unlinked() {
        return id.equals(OutlineRegion.UNLINKED.id());
    }

    public boolean deleted() {
        return "delete".equals(oob);
    }
}
