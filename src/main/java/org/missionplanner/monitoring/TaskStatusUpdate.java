package org.missionplanner.monitoring;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.missionplanner.plan.TaskStatus;

/** A reported change of a task's status with its narrative. Never changed once recorded. */
@Entity
@Table(name = "task_status_update")
class TaskStatusUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private long taskId;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    private String narrative;
    private String recordedBy;
    private Instant recordedAt;

    protected TaskStatusUpdate() {}

    TaskStatusUpdate(long planId, long taskId, StatusUpdateDetails details, String recordedBy, Instant recordedAt) {
        this.planId = planId;
        this.taskId = taskId;
        this.status = details.status();
        this.narrative = clean(details.narrative());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getTaskId() {
        return taskId;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
