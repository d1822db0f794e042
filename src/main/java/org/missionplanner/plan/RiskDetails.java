package org.missionplanner.plan;

import org.missionplanner.actor.Party;
import org.springframework.modulith.NamedInterface;

/** A risk or dilemma of the plan, with who owns its mitigation. */
@NamedInterface("seeding")
public record RiskDetails(
        String description, Dilemma dilemma, RiskLevel likelihood, RiskLevel impact, String mitigation, Party owner) {}
