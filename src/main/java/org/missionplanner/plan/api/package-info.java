/**
 * The JSON API of plans and their parts under {@code /api/v1}: request records checked with Bean
 * Validation, writes through {@link org.missionplanner.plan.PlanEditing}, errors as problem details.
 */
package org.missionplanner.plan.api;
