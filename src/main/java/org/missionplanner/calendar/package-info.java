/**
 * The planning calendar of a mission: the stages of the integrated planning process that planners
 * enter, and the dated milestones that come from the data of other modules (the mandate's expiry and
 * the Secretary-General's reports, the budget year, plan periods, benchmarks, review decisions,
 * overdue action items), shown as a list, a quarter view, a JSON API and a personal iCalendar feed
 * behind a secret URL.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Planning calendar",
        allowedDependencies = {"admin", "coordination", "mission", "plan", "review", "security", "shared"})
package org.missionplanner.calendar;
