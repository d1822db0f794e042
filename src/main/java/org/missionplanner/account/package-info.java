/**
 * What users do for themselves: change password, see memberships, manage API tokens, choose their
 * e-mail notifications, and set a first password through the link a new account receives.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Account self-service",
        allowedDependencies = {"admin", "mail", "security", "shared"})
package org.missionplanner.account;
