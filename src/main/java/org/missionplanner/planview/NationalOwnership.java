package org.missionplanner.planview;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.national.NationalActorKind;
import org.missionplanner.national.NationalPriorityView;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.Share;
import org.missionplanner.plan.TaskView;

/**
 * The fourth element of coherence in detail, between the international and the national actors:
 * how many tasks name each national actor and each kind of national actor as counterpart (local
 * ownership), and how many tasks serve an objective aligned with a priority of the host country's
 * own plan or strategy (alignment), priority by priority.
 */
public record NationalOwnership(
        long taskCount,
        Share withNationalActor,
        List<ActorCount> byActor,
        List<KindCount> byKind,
        Share aligned,
        List<PriorityCount> byPriority) {

    /** A national actor and the number of tasks that name it as counterpart. */
    public record ActorCount(NamedParty actor, NationalActorKind kind, long tasks) {}

    /** A kind of national actor and the number of tasks that name at least one actor of that kind. */
    public record KindCount(NationalActorKind kind, long tasks) {}

    /** A national priority, the plan's objectives aligned with it and the tasks serving them. */
    public record PriorityCount(NationalPriorityView priority, long objectives, long tasks) {}

    /**
     * The figures of an outline; {@code kinds} gives the kind of the national actors its tasks name,
     * by id, and {@code priorities} the national priorities its objectives are aligned with, by id.
     */
    static NationalOwnership of(
            PlanOutline outline, Map<Long, NationalActorKind> kinds, Map<Long, NationalPriorityView> priorities) {
        List<TaskView> tasks = outline.allTasks();
        Map<Long, NamedParty> actors = new LinkedHashMap<>();
        Map<Long, Long> perActor = new LinkedHashMap<>();
        Map<NationalActorKind, Long> perKind = new EnumMap<>(NationalActorKind.class);
        long withActor = 0;
        for (TaskView task : tasks) {
            if (!task.nationalCounterparts().isEmpty()) {
                withActor++;
            }
            task.nationalCounterparts().forEach(c -> {
                actors.putIfAbsent(c.id(), c);
                perActor.merge(c.id(), 1L, Long::sum);
            });
            Set<NationalActorKind> named = task.getNationalCounterpartIds().stream()
                    .map(kinds::get)
                    .filter(k -> k != null)
                    .collect(Collectors.toSet());
            named.forEach(k -> perKind.merge(k, 1L, Long::sum));
        }
        List<ActorCount> byActor = perActor.entrySet().stream()
                .map(e -> new ActorCount(actors.get(e.getKey()), kinds.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(ActorCount::tasks)
                        .reversed()
                        .thenComparing(a -> a.actor().fullName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<KindCount> byKind = perKind.entrySet().stream()
                .map(e -> new KindCount(e.getKey(), e.getValue()))
                .toList();
        Map<Long, PriorityCount> perPriority = new LinkedHashMap<>();
        long aligned = 0;
        for (PlanOutline.ObjectiveNode node : outline.objectives()) {
            Long priorityId = node.objective().nationalPriorityId();
            if (priorityId == null || !priorities.containsKey(priorityId)) {
                continue;
            }
            long served = node.allTasks().size();
            aligned += served;
            perPriority.merge(
                    priorityId,
                    new PriorityCount(priorities.get(priorityId), 1, served),
                    (a, b) -> new PriorityCount(a.priority(), a.objectives() + 1, a.tasks() + b.tasks()));
        }
        List<PriorityCount> byPriority = perPriority.values().stream()
                .sorted(Comparator.comparing((PriorityCount p) -> p.priority().planId())
                        .thenComparing(p -> p.priority().id()))
                .toList();
        return new NationalOwnership(
                tasks.size(),
                new Share(withActor, tasks.size()),
                byActor,
                byKind,
                new Share(aligned, tasks.size()),
                byPriority);
    }
}
