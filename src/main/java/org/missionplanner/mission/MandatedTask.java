package org.missionplanner.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One task a resolution mandates: its category, its modality and what the text of the resolution says. */
@Embeddable
public class MandatedTask {

    public static final int MAX_DESCRIPTION = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private MandateCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "modality")
    private TaskModality modality;

    @Column(name = "description")
    private String description;

    protected MandatedTask() {}

    public MandatedTask(MandateCategory category, TaskModality modality, String description) {
        this.category = Objects.requireNonNull(category, "category");
        this.modality = Objects.requireNonNull(modality, "modality");
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    public MandateCategory getCategory() {
        return category;
    }

    public TaskModality getModality() {
        return modality;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MandatedTask task
                && category == task.category
                && modality == task.modality
                && Objects.equals(description, task.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, modality, description);
    }
}
