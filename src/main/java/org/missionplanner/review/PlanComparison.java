package org.missionplanner.review;

import java.util.Arrays;
import java.util.List;

/**
 * What changed between two states of a plan: the elements added, removed or changed (with their
 * changed fields, old and new), and the counts per kind of element. {@code before} and
 * {@code after} name the two sides: a version number, or null for the current draft.
 */
public record PlanComparison(Integer before, Integer after, List<ElementDiff> differences, List<Counts> counts) {

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    public record ElementDiff(
            ElementType type, long id, String key, Change change, String title, List<FieldChange> fields) {}

    /** One field, before and after; {@code messagePrefix} names the enumeration a value belongs to, if any. */
    public record FieldChange(String field, String before, String after, String messagePrefix) {}

    public record Counts(ElementType type, int added, int removed, int changed) {

        public int total() {
            return added + removed + changed;
        }
    }

    public boolean identical() {
        return differences.isEmpty();
    }

    /** The differences per kind of element, leaving out the kinds without any. */
    public List<Group> groups() {
        return Arrays.stream(ElementType.values())
                .map(type -> new Group(
                        type, differences.stream().filter(d -> d.type() == type).toList()))
                .filter(group -> !group.differences().isEmpty())
                .toList();
    }

    public record Group(ElementType type, List<ElementDiff> differences) {}
}
