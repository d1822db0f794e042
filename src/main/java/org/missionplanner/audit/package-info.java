/**
 * The audit trail of decisions made in other modules: plan submissions, approvals and returns,
 * deletions of plans and missions, organisations merged. It listens to their events in the transaction that publishes
 * them and writes to the administration module's audit log, so a decision is audited if and only
 * if it happens. It depends on the modules whose events it hears; none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"admin", "mission", "partner", "plan", "review", "shared"})
package org.missionplanner.audit;
