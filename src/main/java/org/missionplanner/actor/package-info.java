/**
 * Who acts in a mission: one of its own units or a partner organisation. Coordination bodies and
 * plan tasks both name their chairs, members, owners, leads and supporters this way.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Actors",
        allowedDependencies = {"mission", "national", "partner", "shared", "structure"})
package org.missionplanner.actor;
