package org.missionplanner.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns recorded changes into sentences a person reads, such as "planner changed lead of task
 * “Train national police” from UNPOL to UNDP".
 */
@Component
public class HistoryWording {

    private final MessageSource messages;

    HistoryWording(MessageSource messages) {
        this.messages = messages;
    }

    /** An entry with its sentences: one for an addition or removal, one per changed field. */
    public record Line(
            long revision,
            Instant changedAt,
            String username,
            String subjectKind,
            long subjectId,
            String subjectLabel,
            HistoryEntry.Action action,
            List<String> sentences,
            List<HistoryEntry.FieldChange> changes) {}

    public List<Line> lines(List<HistoryEntry> entries, Locale locale) {
        return entries.stream().map(entry -> line(entry, locale)).toList();
    }

    private Line line(HistoryEntry entry, Locale locale) {
        String kind = messages.getMessage("history.kind." + entry.subjectKind(), null, entry.subjectKind(), locale);
        // "of the plan": French contracts the article ("du plan"), so the changed sentence has its own form
        String ofKind = messages.getMessage("history.kindOf." + entry.subjectKind(), null, kind, locale);
        String label = entry.subjectLabel().isBlank() ? "#" + entry.subjectId() : entry.subjectLabel();
        List<HistoryEntry.FieldChange> changes = entry.changes().stream()
                .map(change -> new HistoryEntry.FieldChange(
                        change.field(),
                        HistoryValues.read(change.before(), messages, locale),
                        HistoryValues.read(change.after(), messages, locale)))
                .toList();
        List<String> sentences = switch (entry.action()) {
            case ADDED -> List.of(text("history.sentence.added", locale, entry.username(), kind, label));
            case REMOVED -> List.of(text("history.sentence.removed", locale, entry.username(), kind, label));
            case CHANGED ->
                changes.stream()
                        .map(change -> text(
                                "history.sentence.changed",
                                locale,
                                entry.username(),
                                field(change.field(), locale),
                                ofKind,
                                label,
                                value(change.before(), locale),
                                value(change.after(), locale)))
                        .toList();
        };
        return new Line(
                entry.revision(),
                entry.changedAt(),
                entry.username(),
                kind,
                entry.subjectId(),
                label,
                entry.action(),
                sentences,
                changes);
    }

    private String field(String field, Locale locale) {
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(locale);
        return messages.getMessage("history.field." + field, null, spaced, locale);
    }

    private String value(String value, Locale locale) {
        return value == null || value.isBlank() ? messages.getMessage("history.value.none", null, locale) : value;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
