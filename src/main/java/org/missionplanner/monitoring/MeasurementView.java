package org.missionplanner.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A recorded value of an indicator, as pages, exports and the API show it. */
@NamedInterface("read-model")
public record MeasurementView(
        long id,
        long planId,
        long indicatorId,
        BigDecimal value,
        LocalDate measuredOn,
        String note,
        String recordedBy,
        Instant recordedAt) {

    static MeasurementView of(Measurement m) {
        return new MeasurementView(
                m.getId(),
                m.getPlanId(),
                m.getIndicatorId(),
                m.getValue(),
                m.getMeasuredOn(),
                m.getNote(),
                m.getRecordedBy(),
                m.getRecordedAt());
    }
}
