/** Sign-in, sessions, API tokens, response headers and the mission-scoped permission checks. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"admin", "shared"})
package org.missionplanner.security;
