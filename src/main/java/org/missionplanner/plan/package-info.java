/**
 * A mission's integrated plans and their editing: the shared vision, objectives, results and
 * indicators, benchmarks, the tasks with who leads, supports and funds them, the risks and dilemmas,
 * and the outline in which planners build them. Other modules read a plan through its queries and
 * read models ({@link org.missionplanner.plan.PlanQueries}, {@link org.missionplanner.plan.PlanDirectory})
 * and change its status through {@link org.missionplanner.plan.PlanLifecycle} and
 * {@link org.missionplanner.plan.TaskProgress}; comments and measurements come back through the
 * interfaces it declares ({@link org.missionplanner.plan.PlanCommentCounts},
 * {@link org.missionplanner.plan.IndicatorReadings}).
 *
 * <p>Besides these services (the module's unnamed interface), it exposes two named interfaces that
 * other modules must declare to use: {@code plan::read-model}, the views and value types a page or a
 * report shows ({@link org.missionplanner.plan.PlanView}, {@link org.missionplanner.plan.PlanOutline},
 * {@link org.missionplanner.plan.TaskView}, the enums, ...), and {@code plan::seeding}, what loading
 * real-case plans needs ({@link org.missionplanner.plan.PlanSeeding}, {@link
 * org.missionplanner.plan.PartKind} and the details of each part).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Integrated plans",
        allowedDependencies = {"actor", "mission", "national", "security", "shared", "structure"})
package org.missionplanner.plan;
