/**
 * The HQ portfolio: one row per mission a user may see with the figures that tell its state at a
 * glance (phase, integration model, mandate expiry, plans awaiting a decision, the plan in force,
 * indicators off track, tasks without a lead, funding, partnerships, integration checks, overdue
 * action items), sortable, filterable and exportable. Every figure comes from its owning module's
 * bulk reader, so the page runs a fixed number of statements whatever the number of missions.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "HQ portfolio",
        allowedDependencies = {
            "coordination",
            "mission",
            "partner",
            "plan",
            "plan::read-model",
            "review",
            "security",
            "shared",
            "structure"
        })
package org.missionplanner.portfolio;
