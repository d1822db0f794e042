package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** Likelihood or impact of a risk. */
@NamedInterface("read-model")
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
