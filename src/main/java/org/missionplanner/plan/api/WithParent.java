package org.missionplanner.plan.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A plan as the API answers it, with the plan it derives from ({@code parentPlanId}, null for none)
 * next to its own fields, so that a client can send back what it read.
 */
record WithParent<T>(@JsonUnwrapped T plan, Long parentPlanId) {}
