/**
 * The host countries' own actors and plans: national actors (ministries, commissions, security
 * institutions, ...) as organisations of the registry placed in their country, and national plans or
 * strategies with their priorities, with which tasks and objectives of an integrated plan align.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "National actors and plans",
        allowedDependencies = {"mission", "partner", "security", "shared"})
package org.missionplanner.national;
