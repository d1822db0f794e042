package org.missionplanner.monitoring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.missionplanner.monitoring.MeasurementView;
import org.missionplanner.monitoring.StatusUpdateView;
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

        static MeasurementResponse of(MeasurementView m) {
            return new MeasurementResponse(
                    m.id(), m.indicatorId(), m.value(), m.measuredOn(), m.note(), m.recordedBy(), m.recordedAt());
        }
    }

    record StatusUpdateResponse(
            long id, long taskId, TaskStatus status, String narrative, String recordedBy, Instant recordedAt) {

        static StatusUpdateResponse of(StatusUpdateView u) {
            return new StatusUpdateResponse(
                    u.id(), u.taskId(), u.status(), u.narrative(), u.recordedBy(), u.recordedAt());
        }
    }
}
