/**
 * The monitoring record of a plan: measured values of its indicators, status reports of its tasks,
 * the progress toward each target and the monitoring dashboard, kept on a draft or on the plan in force.
 * Other modules read it through {@link org.missionplanner.monitoring.PlanMonitoring} and its named
 * interface {@code monitoring::read-model}; demo data is loaded through {@code monitoring::seeding}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring",
        allowedDependencies = {"plan", "plan::read-model", "shared"})
package org.missionplanner.monitoring;
