/**
 * Humanitarian civil-military coordination (UN-CMCoord): humanitarian partners' requests for the
 * mission's military or police assets, assessed against the six principles and decided.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "CMCoord requests",
        allowedDependencies = {"mission", "partner", "security", "shared"})
package org.missionplanner.cmcoord;
