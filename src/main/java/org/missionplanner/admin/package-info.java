/** User accounts, global roles, mission memberships, personal API tokens and the security audit log. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Administration",
        allowedDependencies = {"shared"})
package org.missionplanner.admin;
