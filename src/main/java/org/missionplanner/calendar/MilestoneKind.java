package org.missionplanner.calendar;

/** What a dated milestone of the planning calendar marks. */
public enum MilestoneKind {
    STAGE_START,
    STAGE_END,
    RESOLUTION_ADOPTED,
    MANDATE_EXPIRY,
    SG_REPORT_DUE,
    BUDGET_YEAR,
    PLAN_START,
    PLAN_END,
    BENCHMARK_DUE,
    PLAN_APPROVED,
    PLAN_RETURNED,
    ACTION_OVERDUE
}
