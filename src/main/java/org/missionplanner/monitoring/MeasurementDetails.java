package org.missionplanner.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A value of an indicator measured on a day. */
@NamedInterface("seeding")
public record MeasurementDetails(BigDecimal value, LocalDate measuredOn, String note) {}
