/**
 * Views of a plan that read it whole and change nothing: the responsibility matrix, the timeline,
 * the coherence report with its task list, and the PDF and spreadsheet exports.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Plan views",
        allowedDependencies = {
            "actor",
            "mission",
            "monitoring",
            "monitoring::read-model",
            "national",
            "plan",
            "plan::read-model",
            "shared"
        })
package org.missionplanner.planview;
