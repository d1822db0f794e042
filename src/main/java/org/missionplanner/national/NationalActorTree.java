package org.missionplanner.national;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The national actors of a country as a page lists them: the top-level actors grouped by kind, each
 * followed by its descendants, indented.
 */
public record NationalActorTree(List<Group> groups) {

    /** The top-level actors of one kind, with their descendants. */
    public record Group(NationalActorKind kind, List<Row> rows) {}

    /** An actor and how deep it sits under a top-level actor (0 for the top level). */
    public record Row(NationalActorView actor, int depth) {}

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public static NationalActorTree of(List<NationalActorView> actors) {
        Set<Long> ids = actors.stream().map(NationalActorView::id).collect(Collectors.toSet());
        Map<Long, List<NationalActorView>> children = actors.stream()
                .filter(a -> a.parentId() != null && ids.contains(a.parentId()))
                .collect(Collectors.groupingBy(NationalActorView::parentId));
        Map<NationalActorKind, List<Row>> byKind = new EnumMap<>(NationalActorKind.class);
        Set<Long> placed = new HashSet<>();
        for (NationalActorView actor : actors) {
            if (actor.parentId() == null || !ids.contains(actor.parentId())) {
                List<Row> rows = byKind.computeIfAbsent(actor.kind(), k -> new ArrayList<>());
                add(actor, 0, children, rows, placed);
            }
        }
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, rows) -> groups.add(new Group(kind, rows)));
        return new NationalActorTree(groups);
    }

    private static void add(
            NationalActorView actor,
            int depth,
            Map<Long, List<NationalActorView>> children,
            List<Row> rows,
            Set<Long> placed) {
        if (!placed.add(actor.id())) {
            return;
        }
        rows.add(new Row(actor, depth));
        for (NationalActorView child : children.getOrDefault(actor.id(), List.of())) {
            add(child, depth + 1, children, rows, placed);
        }
    }
}
