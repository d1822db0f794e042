package org.missionplanner.plan.web;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.missionplanner.actor.Party;
import org.missionplanner.plan.Dilemma;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.RiskDetails;
import org.missionplanner.plan.RiskLevel;
import org.missionplanner.plan.RiskView;

/** A risk of the register; the owner is a party key such as {@code unit-12}, or empty. */
record RiskForm(
        @Size(max = 2000, message = "{plan.form.tooLong}") String description,
        Dilemma dilemma,
        RiskLevel likelihood,
        RiskLevel impact,
        @Size(max = 4000, message = "{plan.form.tooLong}") String mitigation,
        String owner,
        Long version)
        implements PartForm<RiskDetails> {

    /** How the outline editor shows the register of risks: the form's registration, which {@link PartController} serves. */
    static final PartForms<RiskForm, RiskDetails, RiskView> FORMS = new PartForms<>(
            PartKind.RISK,
            PartPage.RISKS,
            Set.of(FormChoice.ACTORS),
            null,
            "risks",
            link -> RiskForm.empty(),
            (risk, contribution) -> RiskForm.from(risk));

    static RiskForm empty() {
        return new RiskForm("", null, RiskLevel.MEDIUM, RiskLevel.MEDIUM, "", "", null);
    }

    static RiskForm from(RiskView risk) {
        return new RiskForm(
                risk.description(),
                risk.dilemma(),
                risk.likelihood(),
                risk.impact(),
                risk.mitigation(),
                risk.owner() == null ? "" : risk.owner().key(),
                risk.version());
    }

    @Override
    public RiskDetails toDetails() {
        return new RiskDetails(description, dilemma, likelihood, impact, mitigation, Party.parse(owner));
    }
}
