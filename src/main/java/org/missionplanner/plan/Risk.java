package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.missionplanner.actor.Party;

/** A risk or dilemma in the plan's register, with its mitigation and owner. */
@Entity
@Audited
@DynamicUpdate
@Table(name = "plan_risk")
class Risk extends PlanPart {

    private String description;

    @Enumerated(EnumType.STRING)
    private Dilemma dilemma;

    @Enumerated(EnumType.STRING)
    private RiskLevel likelihood;

    @Enumerated(EnumType.STRING)
    private RiskLevel impact;

    private String mitigation;
    private Long ownerUnitId;
    private Long ownerOrganisationId;

    protected Risk() {}

    Risk(long planId, int position, RiskDetails details) {
        super(planId, position);
        describe(details);
    }

    void describe(RiskDetails details) {
        this.description = details.description().trim();
        this.dilemma = details.dilemma();
        this.likelihood = details.likelihood();
        this.impact = details.impact();
        this.mitigation = Texts.clean(details.mitigation());
        this.ownerUnitId = details.owner() == null ? null : details.owner().unitId();
        this.ownerOrganisationId =
                details.owner() == null ? null : details.owner().organisationId();
    }

    public String getDescription() {
        return description;
    }

    public Dilemma getDilemma() {
        return dilemma;
    }

    public RiskLevel getLikelihood() {
        return likelihood;
    }

    public RiskLevel getImpact() {
        return impact;
    }

    public String getMitigation() {
        return mitigation;
    }

    public Party getOwner() {
        return Party.of(ownerUnitId, ownerOrganisationId);
    }
}
