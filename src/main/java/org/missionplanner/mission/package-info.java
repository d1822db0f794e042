/** The mission registry: missions and, later, their mandates. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Missions",
        allowedDependencies = {"security", "shared"})
package org.missionplanner.mission;
