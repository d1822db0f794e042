package org.missionplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The latest measured value of a plan's indicators, which the outline shows with the progress toward
 * each target. The plan does not keep measurements: the monitoring module answers this.
 */
public interface IndicatorReadings {

    /** The latest reading of each indicator of the plan that has one, by indicator id. */
    Map<Long, Reading> latestOfPlan(long planId);

    /** The latest reading of each of these indicators that has one, by indicator id. */
    Map<Long, Reading> latestOf(Collection<Long> indicatorIds);

    /** The indicator's latest reading, if it has one. */
    Optional<Reading> latestOf(long indicatorId);

    /** How many measurements these indicators have in all: what goes when they are deleted. */
    long countOf(Collection<Long> indicatorIds);

    /** A value of an indicator measured on a day. */
    record Reading(long indicatorId, LocalDate measuredOn, BigDecimal value) {}
}
