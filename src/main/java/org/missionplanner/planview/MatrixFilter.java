package org.missionplanner.planview;

import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.TaskView;

/**
 * What the responsibility matrix shows: the tasks of one dimension (through their objective), those
 * an actor leads or supports (a party key such as {@code unit-12}), those of one funding source.
 * A null part filters nothing.
 */
public record MatrixFilter(Dimension dimension, String actorKey, FundingSource fundingSource) {

    public static MatrixFilter none() {
        return new MatrixFilter(null, null, null);
    }

    public MatrixFilter {
        actorKey = actorKey == null || actorKey.isBlank() ? null : actorKey.trim();
    }

    public boolean isActive() {
        return dimension != null || actorKey != null || fundingSource != null;
    }

    boolean accepts(TaskView task, Dimension taskDimension) {
        return (dimension == null || dimension == taskDimension)
                && (fundingSource == null || fundingSource == task.fundingSource())
                && (actorKey == null || involves(task, actorKey));
    }

    private static boolean involves(TaskView task, String key) {
        return (task.lead() != null && task.lead().key().equals(key))
                || task.supporters().stream().anyMatch(s -> s.key().equals(key));
    }
}
