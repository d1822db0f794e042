/** Demo mode: seeds real-case missions and the four demo accounts, idempotently. Off in production. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "actor",
            "admin",
            "coordination",
            "mission",
            "monitoring",
            "partner",
            "plan",
            "shared",
            "structure"
        })
package org.missionplanner.demo;
