/** Demo mode: seeds real-case missions and the four demo accounts, idempotently. Off in production. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "actor",
            "admin",
            "calendar",
            "cmcoord",
            "coordination",
            "mission",
            "monitoring::seeding",
            "national",
            "partner",
            "plan::read-model",
            "plan::seeding",
            "shared",
            "structure"
        })
package org.missionplanner.demo;
