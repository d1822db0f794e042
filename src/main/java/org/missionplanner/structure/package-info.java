/** A mission's structure: its units, primary and secondary reporting lines, and integration checks. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mission structure",
        allowedDependencies = {"mission", "partner", "security", "shared"})
package org.missionplanner.structure;
