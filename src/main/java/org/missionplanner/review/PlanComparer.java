package org.missionplanner.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.missionplanner.review.PlanComparison.Change;
import org.missionplanner.review.PlanComparison.Counts;
import org.missionplanner.review.PlanComparison.ElementDiff;
import org.missionplanner.review.PlanComparison.FieldChange;

/** Compares two flattened states of a plan element by element, in memory. */
final class PlanComparer {

    private static final Map<String, String> ENUM_MESSAGES = Map.ofEntries(
            Map.entry("dimension", "plan.dimension."),
            Map.entry("frequency", "plan.frequency."),
            Map.entry("fundingSource", "plan.funding."),
            Map.entry("horizon", "plan.horizon."),
            Map.entry("status", "plan.taskStatus."),
            Map.entry("mandateCategory", "mandate.category."),
            Map.entry("dilemma", "plan.dilemma."),
            Map.entry("likelihood", "plan.level."),
            Map.entry("impact", "plan.level."),
            Map.entry("transition", "compare.flag."),
            Map.entry("achieved", "compare.flag."));

    private PlanComparer() {}

    static PlanComparison compare(
            Integer beforeNumber,
            Map<String, ElementState> before,
            Integer afterNumber,
            Map<String, ElementState> after) {
        List<ElementDiff> differences = new ArrayList<>();
        List<Counts> counts = new ArrayList<>();
        for (ElementType type : ElementType.values()) {
            Set<String> keys = new LinkedHashSet<>();
            after.values().stream().filter(e -> e.type() == type).forEach(e -> keys.add(e.key()));
            before.values().stream().filter(e -> e.type() == type).forEach(e -> keys.add(e.key()));
            int added = 0;
            int removed = 0;
            int changed = 0;
            for (String key : keys) {
                ElementState old = before.get(key);
                ElementState now = after.get(key);
                if (old == null) {
                    added++;
                    differences.add(new ElementDiff(type, now.id(), key, Change.ADDED, now.title(), List.of()));
                } else if (now == null) {
                    removed++;
                    differences.add(new ElementDiff(type, old.id(), key, Change.REMOVED, old.title(), List.of()));
                } else {
                    List<FieldChange> fields = changedFields(old, now);
                    if (!fields.isEmpty()) {
                        changed++;
                        differences.add(new ElementDiff(type, now.id(), key, Change.CHANGED, now.title(), fields));
                    }
                }
            }
            counts.add(new Counts(type, added, removed, changed));
        }
        return new PlanComparison(beforeNumber, afterNumber, differences, counts);
    }

    private static List<FieldChange> changedFields(ElementState old, ElementState now) {
        List<FieldChange> changes = new ArrayList<>();
        now.fields().forEach((field, value) -> {
            String previous = old.fields().getOrDefault(field, "");
            if (!Objects.equals(previous, value)) {
                changes.add(new FieldChange(field, previous, value, ENUM_MESSAGES.get(field)));
            }
        });
        return changes;
    }
}
