package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** The dimension of peacebuilding an objective belongs to. */
@NamedInterface("read-model")
public enum Dimension {
    POLITICAL,
    SECURITY,
    RULE_OF_LAW,
    HUMAN_RIGHTS,
    DEVELOPMENT,
    HUMANITARIAN
}
