/** Partner organisations (shared across missions) and each mission's partnerships with them. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Partners",
        allowedDependencies = {"mission", "security", "shared"})
package org.missionplanner.partner;
