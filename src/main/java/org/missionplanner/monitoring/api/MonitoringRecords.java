package org.missionplanner.monitoring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.missionplanner.monitoring.Measurement;
import org.missionplanner.monitoring.TaskStatusUpdate;
import org.missionplanner.plan.TaskStatus;

/** What the API answers for the monitoring record: measurements and status updates, who recorded them and when. */
final class MonitoringRecords {

    private MonitoringRecords() {}

    record MeasurementResponse(
            long id,
            long indicatorId,
            BigDecimal value,
            LocalDate measuredOn,
            String note,
            String recordedBy,
            Instant recordedAt) {

        static MeasurementResponse of(Measurement m) {
            return new MeasurementResponse(
                    m.getId(),
                    m.getIndicatorId(),
                    m.getValue(),
                    m.getMeasuredOn(),
                    m.getNote(),
                    m.getRecordedBy(),
                    m.getRecordedAt());
        }
    }

    record StatusUpdateResponse(
            long id, long taskId, TaskStatus status, String narrative, String recordedBy, Instant recordedAt) {

        static StatusUpdateResponse of(TaskStatusUpdate u) {
            return new StatusUpdateResponse(
                    u.getId(), u.getTaskId(), u.getStatus(), u.getNarrative(), u.getRecordedBy(), u.getRecordedAt());
        }
    }
}
