/**
 * Review of plans, inside the plans module: submission, approval and return (transitions of the
 * {@link org.missionplanner.plan.Plan} aggregate), numbered immutable versions with a snapshot of the
 * whole plan, their comparison, and the comments of reviewers and planners on a plan's elements.
 */
package org.missionplanner.plan.review;
