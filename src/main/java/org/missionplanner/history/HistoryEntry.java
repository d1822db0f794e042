package org.missionplanner.history;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change: who, when, to what (its kind, id and name), and for a change the fields
 * with their old and new values, already in words.
 */
public record HistoryEntry(
        long revision,
        Instant changedAt,
        String username,
        String subjectKind,
        long subjectId,
        String subjectLabel,
        Action action,
        List<FieldChange> changes) {

    public enum Action {
        ADDED,
        CHANGED,
        REMOVED
    }

    /** A field that changed, with its value before and after ("none" when empty). */
    public record FieldChange(String field, String before, String after) {}
}
