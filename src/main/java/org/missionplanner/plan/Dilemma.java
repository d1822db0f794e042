package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** The dilemmas of integration a risk can touch. */
@NamedInterface("read-model")
public enum Dilemma {
    HUMANITARIAN_SPACE,
    HUMAN_RIGHTS,
    LOCAL_OWNERSHIP
}
