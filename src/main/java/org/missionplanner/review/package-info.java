/**
 * Review of plans between the mission and HQ: submission, approval and return (transitions of the
 * plan that the plans module carries out), numbered immutable versions with a snapshot of the whole
 * plan, their comparison, and the comments of reviewers and planners on a plan's elements.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Plan review",
        allowedDependencies = {"plan", "plan::read-model", "security", "shared"})
package org.missionplanner.review;
