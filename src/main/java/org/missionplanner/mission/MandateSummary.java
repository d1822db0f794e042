package org.missionplanner.mission;

import java.time.LocalDate;
import java.util.List;

/**
 * A mission's mandate at a glance: the resolution in force today, or else its latest resolution
 * ({@code inForce} false), with the categories and modalities it mandates and the days left until
 * it expires (null when open-ended; negative when it has expired).
 */
public record MandateSummary(
        long missionId,
        long resolutionId,
        String symbol,
        LocalDate adoptedOn,
        LocalDate expiresOn,
        boolean inForce,
        Long daysLeft,
        boolean expiresSoon,
        List<Task> tasks) {

    public MandateSummary {
        tasks = List.copyOf(tasks);
    }

    /** One mandated task category and how far the mission carries it out. */
    public record Task(MandateCategory category, TaskModality modality) {}

    public boolean mandates(MandateCategory category) {
        return tasks.stream().anyMatch(t -> t.category() == category);
    }

    /** The modality of the category (the strongest when listed twice); null when not mandated. */
    public TaskModality modalityOf(MandateCategory category) {
        return tasks.stream()
                .filter(t -> t.category() == category)
                .map(Task::modality)
                .max(Enum::compareTo)
                .orElse(null);
    }
}
