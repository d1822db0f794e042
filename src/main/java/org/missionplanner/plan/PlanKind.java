package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** The kinds of plan a mission makes, from the first assessment to the transition plan. */
@NamedInterface("read-model")
public enum PlanKind {
    STRATEGIC_ASSESSMENT,
    MISSION_CONCEPT,
    INTEGRATED_STRATEGIC_FRAMEWORK,
    COMPONENT_PLAN,
    TRANSITION_PLAN
}
