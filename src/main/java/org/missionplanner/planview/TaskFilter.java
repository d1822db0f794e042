package org.missionplanner.planview;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;

/**
 * Which tasks a coherence figure stands for. Every part is optional and the parts combine:
 * {@code kind} picks unlinked tasks, tasks without a lead, or tasks with or without a national
 * counterpart; {@code dimension} is the dimension of the objective a task serves; {@code actor} is
 * the key of the task's lead (such as {@code unit-12}).
 */
public record TaskFilter(
        Kind kind, Dimension dimension, TimeHorizon horizon, FundingSource funding, TaskStatus status, String actor) {

    /** The figures that select tasks by a property rather than by a value. */
    public enum Kind {
        UNLINKED,
        NO_LEAD,
        COUNTERPART,
        NO_COUNTERPART,
        MISSION_JOINT,
        SHARED;

        /** The kind a request parameter such as {@code noLead} names, or null. */
        public static Kind parse(String text) {
            if (text == null) {
                return null;
            }
            return switch (text) {
                case "unlinked" -> UNLINKED;
                case "noLead" -> NO_LEAD;
                case "counterpart" -> COUNTERPART;
                case "noCounterpart" -> NO_COUNTERPART;
                case "missionJoint" -> MISSION_JOINT;
                case "shared" -> SHARED;
                default -> null;
            };
        }

        /** The request parameter value of this kind. */
        public String parameter() {
            return switch (this) {
                case UNLINKED -> "unlinked";
                case NO_LEAD -> "noLead";
                case COUNTERPART -> "counterpart";
                case NO_COUNTERPART -> "noCounterpart";
                case MISSION_JOINT -> "missionJoint";
                case SHARED -> "shared";
            };
        }
    }

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return kind == null
                && dimension == null
                && horizon == null
                && funding == null
                && status == null
                && (actor == null || actor.isBlank());
    }

    /** The plan's tasks this filter selects, in outline order. */
    public List<TaskView> apply(PlanOutline outline) {
        Map<Long, Dimension> dimensions = outline.objectives().stream()
                .collect(Collectors.toMap(
                        o -> o.objective().id(), o -> o.objective().dimension()));
        return outline.allTasks().stream()
                .filter(t -> matches(t, dimensions.get(t.objectiveId())))
                .toList();
    }

    /** True when the task, serving an objective of {@code dimensionOfObjective} (null if none), is selected. */
    public boolean matches(TaskView task, Dimension dimensionOfObjective) {
        return matchesKind(task)
                && (dimension == null || dimension == dimensionOfObjective)
                && (horizon == null || horizon == task.horizon())
                && (funding == null || funding == task.fundingSource())
                && (status == null || status == task.status())
                && (actor == null
                        || actor.isBlank()
                        || (task.lead() != null && task.lead().key().equals(actor)));
    }

    private boolean matchesKind(TaskView task) {
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case UNLINKED -> !task.isLinked();
            case NO_LEAD -> !task.hasLead();
            case COUNTERPART -> task.hasNationalCounterpart();
            case NO_COUNTERPART -> !task.hasNationalCounterpart();
            case MISSION_JOINT -> CoherenceElement.jointWithinMission(task);
            case SHARED -> CoherenceElement.shared(task);
        };
    }
}
