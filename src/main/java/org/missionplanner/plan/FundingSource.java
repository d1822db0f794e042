package org.missionplanner.plan;

/** Where the money for a task comes from; UNFUNDED marks the gap. */
public enum FundingSource {
    ASSESSED,
    VOLUNTARY,
    PEACEBUILDING_FUND,
    BILATERAL,
    UNFUNDED
}
