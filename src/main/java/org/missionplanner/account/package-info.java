/** What signed-in users do for themselves: change password, see memberships, manage API tokens. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Account self-service",
        allowedDependencies = {"admin", "security", "shared"})
package org.missionplanner.account;
