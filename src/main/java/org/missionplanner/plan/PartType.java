package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** The kinds of elements a plan is made of, as other modules name them (comments, history). */
@NamedInterface("read-model")
public enum PartType {
    OBJECTIVE,
    RESULT,
    INDICATOR,
    BENCHMARK,
    TASK,
    RISK
}
