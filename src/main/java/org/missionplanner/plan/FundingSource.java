package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** Where the money for a task comes from; UNFUNDED marks the gap. */
@NamedInterface("read-model")
public enum FundingSource {
    ASSESSED,
    VOLUNTARY,
    PEACEBUILDING_FUND,
    BILATERAL,
    UNFUNDED
}
