/**
 * The monitoring record of a plan: measured values of its indicators, status reports of its tasks,
 * the progress toward each target and the monitoring dashboard, kept on a draft or on the plan in force.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring",
        allowedDependencies = {"plan", "shared"})
package org.missionplanner.monitoring;
