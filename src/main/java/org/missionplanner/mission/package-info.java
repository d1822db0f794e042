/** The mission registry: missions with their facts, and their mandates (resolutions and mandated tasks). */
@org.springframework.modulith.ApplicationModule(
        displayName = "Missions",
        allowedDependencies = {"security", "shared"})
package org.missionplanner.mission;
