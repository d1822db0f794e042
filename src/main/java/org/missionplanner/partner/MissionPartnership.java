package org.missionplanner.partner;

/** A partnership with the acronym of its mission, for views across missions. */
public record MissionPartnership(String missionAcronym, PartnershipView partnership) {

    /** The assessment of one principle, with its note. */
    public PartnershipView.PrincipleView assessmentOf(Principle principle) {
        return partnership.principles().stream()
                .filter(p -> p.principle() == principle)
                .findFirst()
                .orElseThrow();
    }
}
