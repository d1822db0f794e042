package org.missionplanner.plan;

import org.missionplanner.actor.Party;

/** A risk or dilemma of the plan, with who owns its mitigation. */
public record RiskDetails(
        String description, Dilemma dilemma, RiskLevel likelihood, RiskLevel impact, String mitigation, Party owner) {}
