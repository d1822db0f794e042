package org.missionplanner.monitoring.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.missionplanner.monitoring.MeasurementDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** A measured value of an indicator, as a planner enters it. */
record MeasurementForm(
        @NotNull(message = "{plan.measurement.value.required}")
        @Digits(integer = 14, fraction = 4, message = "{plan.measurement.value.digits}")
        BigDecimal value,

        @NotNull(message = "{plan.measurement.measuredOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate measuredOn,

        @Size(max = 2000, message = "{plan.measurement.note.size}")
        String note) {

    static MeasurementForm empty(LocalDate today) {
        return new MeasurementForm(null, today, "");
    }

    MeasurementDetails toDetails() {
        return new MeasurementDetails(value, measuredOn, note);
    }
}
