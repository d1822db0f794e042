package org.missionplanner.plan;

/** The dimension of peacebuilding an objective belongs to. */
public enum Dimension {
    POLITICAL,
    SECURITY,
    RULE_OF_LAW,
    HUMAN_RIGHTS,
    DEVELOPMENT,
    HUMANITARIAN
}
