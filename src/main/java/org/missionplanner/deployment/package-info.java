/**
 * Where a mission's peacekeepers were deployed, year by year: the GeoPKO deployment locations on a
 * map drawn on the server, the deployed strength over the years beside the authorised one, and the
 * RADPKO troop and police contributors, from public reference data imported at start-up.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Deployments",
        allowedDependencies = {"mission", "security", "shared"})
package org.missionplanner.deployment;
