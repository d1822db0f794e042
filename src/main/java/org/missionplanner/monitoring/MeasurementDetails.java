package org.missionplanner.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an indicator measured on a day. */
public record MeasurementDetails(BigDecimal value, LocalDate measuredOn, String note) {}
