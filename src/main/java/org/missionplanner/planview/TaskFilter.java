package org.missionplanner.planview;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.national.NationalActorKind;
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
 * the key of the task's lead (such as {@code unit-12}); {@code counterpart} the key of a national
 * actor the task names as counterpart, {@code counterpartKind} the kind of one of them; the kinds
 * {@code aligned} and {@code notAligned} pick the tasks under an objective aligned (or not) with a
 * priority of a national plan.
 */
public record TaskFilter(
        Kind kind,
        Dimension dimension,
        TimeHorizon horizon,
        FundingSource funding,
        TaskStatus status,
        String actor,
        String counterpart,
        NationalActorKind counterpartKind) {

    /** A filter on no national counterpart in particular. */
    public TaskFilter(
            Kind kind,
            Dimension dimension,
            TimeHorizon horizon,
            FundingSource funding,
            TaskStatus status,
            String actor) {
        this(kind, dimension, horizon, funding, status, actor, null, null);
    }

    /** The figures that select tasks by a property rather than by a value. */
    public enum Kind {
        UNLINKED,
        NO_LEAD,
        COUNTERPART,
        NO_COUNTERPART,
        MISSION_JOINT,
        SHARED,
        ALIGNED,
        NOT_ALIGNED;

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
                case "aligned" -> ALIGNED;
                case "notAligned" -> NOT_ALIGNED;
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
                case ALIGNED -> "aligned";
                case NOT_ALIGNED -> "notAligned";
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
                && (actor == null || actor.isBlank())
                && (counterpart == null || counterpart.isBlank())
                && counterpartKind == null;
    }

    /** The plan's tasks this filter selects, in outline order (no national actor's kind known). */
    public List<TaskView> apply(PlanOutline outline) {
        return apply(outline, Map.of());
    }

    /**
     * The plan's tasks this filter selects, in outline order; {@code kinds} gives the kind of each
     * national actor the tasks name, for {@code counterpartKind}.
     */
    public List<TaskView> apply(PlanOutline outline, Map<Long, NationalActorKind> kinds) {
        Map<Long, Dimension> dimensions = outline.objectives().stream()
                .collect(Collectors.toMap(
                        o -> o.objective().id(), o -> o.objective().dimension()));
        Set<Long> aligned = outline.objectives().stream()
                .filter(o -> o.objective().nationalPriorityId() != null)
                .map(o -> o.objective().id())
                .collect(Collectors.toSet());
        return outline.allTasks().stream()
                .filter(t -> matches(t, dimensions.get(t.objectiveId()), aligned.contains(t.objectiveId()))
                        && matchesCounterpartKind(t, kinds))
                .toList();
    }

    /** True when the task, serving an objective of {@code dimensionOfObjective} (null if none), is selected. */
    public boolean matches(TaskView task, Dimension dimensionOfObjective) {
        return matches(task, dimensionOfObjective, false);
    }

    private boolean matchesCounterpartKind(TaskView task, Map<Long, NationalActorKind> kinds) {
        return counterpartKind == null
                || task.getNationalCounterpartIds().stream().anyMatch(id -> kinds.get(id) == counterpartKind);
    }

    private boolean matches(TaskView task, Dimension dimensionOfObjective, boolean alignedObjective) {
        if (kind == Kind.ALIGNED && !alignedObjective) {
            return false;
        }
        if (kind == Kind.NOT_ALIGNED && alignedObjective) {
            return false;
        }
        return matchesKind(task)
                && (counterpart == null
                        || counterpart.isBlank()
                        || task.nationalCounterparts().stream()
                                .anyMatch(c -> c.key().equals(counterpart)))
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
            case ALIGNED, NOT_ALIGNED -> true;
        };
    }
}
