/** The mission registry: missions and, later, their mandates. */
@org.springframework.modulith.ApplicationModule(displayName = "Missions")
package org.missionplanner.mission;
