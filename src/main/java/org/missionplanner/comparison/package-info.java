/**
 * Missions compared side by side for HQ staff: mandates, structures, plans, partners and strength,
 * each read in bulk from the module that owns it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mission comparison",
        allowedDependencies = {
            "deployment",
            "mission",
            "structure",
            "plan",
            "plan::read-model",
            "partner",
            "security",
            "shared"
        })
package org.missionplanner.comparison;
