/** The application shell: home page, layout model, error pages and exception handling. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web shell",
        allowedDependencies = {"admin", "coordination", "mission", "notification", "review", "security", "shared"})
package org.missionplanner.web;
