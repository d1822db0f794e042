package org.missionplanner.plan;

/** Likelihood or impact of a risk. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
