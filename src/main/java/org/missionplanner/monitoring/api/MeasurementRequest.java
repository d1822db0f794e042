package org.missionplanner.monitoring.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.missionplanner.monitoring.MeasurementDetails;

/** A value of an indicator measured on a day. */
record MeasurementRequest(
        @NotNull @Digits(integer = 14, fraction = 4) BigDecimal value,
        @NotNull LocalDate measuredOn,
        @Size(max = 2000) String note) {

    MeasurementDetails toDetails() {
        return new MeasurementDetails(value, measuredOn, note);
    }
}
