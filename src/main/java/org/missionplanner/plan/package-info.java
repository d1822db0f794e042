/**
 * A mission's integrated plans: the shared vision, objectives, results and indicators, the tasks
 * with who leads, supports and funds them, the risks and dilemmas, and the monitoring record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrated plans")
package org.missionplanner.plan;
