/**
 * The history of everything planners and administrators change: missions, resolutions, structure
 * units and reporting lines, partnerships, plans and their parts, the national actors and plans of
 * the mission's host countries, recorded by Hibernate Envers with
 * the user who made each change, and read back as sentences a person understands.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "History",
        allowedDependencies = {"actor", "cmcoord", "mission", "national", "partner", "plan", "shared", "structure"})
package org.missionplanner.history;
