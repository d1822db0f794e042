package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** How often an indicator is measured. */
@NamedInterface("read-model")
public enum IndicatorFrequency {
    MONTHLY,
    QUARTERLY,
    SEMI_ANNUAL,
    ANNUAL
}
