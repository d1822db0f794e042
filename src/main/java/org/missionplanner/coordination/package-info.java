/** A mission's coordination bodies, their meetings, decisions and action items, and the overdue actions. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Coordination",
        allowedDependencies = {"actor", "mission", "security", "shared", "structure"})
package org.missionplanner.coordination;
