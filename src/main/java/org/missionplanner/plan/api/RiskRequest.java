package org.missionplanner.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionplanner.plan.Dilemma;
import org.missionplanner.plan.RiskDetails;
import org.missionplanner.plan.RiskLevel;

/** A risk or dilemma; {@code owner} is a party key such as {@code unit-12}, or empty. */
record RiskRequest(
        @NotBlank @Size(max = 2000) String description,
        Dilemma dilemma,
        @NotNull RiskLevel likelihood,
        @NotNull RiskLevel impact,
        @Size(max = 4000) String mitigation,

        @Pattern(regexp = PartyKeys.PATTERN, message = PartyKeys.MESSAGE)
        String owner,

        @NotNull(groups = Update.class) Long version)
        implements PartRequest<RiskDetails> {

    @Override
    public RiskDetails toDetails() {
        return new RiskDetails(description, dilemma, likelihood, impact, mitigation, PartyKeys.parse(owner));
    }
}
