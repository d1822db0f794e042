package org.missionplanner.plan;

/** How often an indicator is measured. */
public enum IndicatorFrequency {
    MONTHLY,
    QUARTERLY,
    SEMI_ANNUAL,
    ANNUAL
}
