package org.missionplanner.plan;

import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.PartyNames;
import org.springframework.modulith.NamedInterface;

@NamedInterface("read-model")
public record RiskView(
        long id,
        int position,
        String description,
        Dilemma dilemma,
        RiskLevel likelihood,
        RiskLevel impact,
        String mitigation,
        NamedParty owner,
        long version) {

    static RiskView of(Risk risk, PartyNames names) {
        return new RiskView(
                risk.getId(),
                risk.getPosition(),
                risk.getDescription(),
                risk.getDilemma(),
                risk.getLikelihood(),
                risk.getImpact(),
                risk.getMitigation(),
                names.name(risk.getOwner()),
                risk.getVersion());
    }

    /** High when both likelihood and impact are high, low when both are low. */
    public RiskLevel severity() {
        int score = likelihood.ordinal() + impact.ordinal();
        return score >= 3 ? RiskLevel.HIGH : score >= 2 ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }
}
