package org.missionplanner.plan;

/** The kinds of elements a plan is made of, as other modules name them (comments, history). */
public enum PartType {
    OBJECTIVE,
    RESULT,
    INDICATOR,
    BENCHMARK,
    TASK,
    RISK
}
