package org.missionplanner.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A partnership as pages and the API show it: with its organisation's acronym and the five principles in order. */
public record PartnershipView(
        long id,
        long missionId,
        long organisationId,
        String acronym,
        String organisationName,
        OrganisationKind organisationKind,
        boolean humanitarian,
        Arrangement arrangement,
        LocalDate startDate,
        LocalDate endDate,
        Set<Sector> sectors,
        List<FocalPoint> focalPoints,
        String agreementReference,
        String notes,
        List<PrincipleView> principles,
        CmcoordRelationship cmcoordRelationship,
        List<ArrangementPeriod> periods,
        long version) {

    /** One principle's assessment. */
    public record PrincipleView(Principle principle, Assessment assessment, String note) {}

    static PartnershipView of(Partnership p, Organisation o) {
        List<PrincipleView> principles = p.getPrinciples().entrySet().stream()
                .map(e -> new PrincipleView(
                        e.getKey(), e.getValue().assessment(), e.getValue().note()))
                .toList();
        return new PartnershipView(
                p.getId(),
                p.getMissionId(),
                p.getOrganisationId(),
                o.getAcronym(),
                o.getFullName(),
                o.getKind(),
                o.isHumanitarian(),
                p.getArrangement(),
                p.getStartDate(),
                p.getEndDate(),
                p.getSectors(),
                p.getFocalPoints(),
                p.getAgreementReference(),
                p.getNotes(),
                principles,
                p.getCmcoordRelationship(),
                p.getPeriods(),
                p.getVersion());
    }

    /**
     * The partnership as it stood on a day, with the arrangement that held then; empty when no
     * period covers the day.
     */
    public java.util.Optional<PartnershipView> on(LocalDate day) {
        return periods.stream()
                .filter(p -> p.covers(day))
                .findFirst()
                .map(p -> new PartnershipView(
                        id,
                        missionId,
                        organisationId,
                        acronym,
                        organisationName,
                        organisationKind,
                        humanitarian,
                        p.arrangement(),
                        startDate,
                        endDate,
                        sectors,
                        focalPoints,
                        agreementReference,
                        notes,
                        principles,
                        cmcoordRelationship,
                        periods,
                        version));
    }

    /** Whether the arrangement changed over the partnership's life. */
    public boolean hasSeveralPeriods() {
        return periods.size() > 1;
    }

    /** Whether any principle is assessed as not met: the partner map outlines such partners in red. */
    public boolean anyNotMet() {
        return principles.stream().anyMatch(p -> p.assessment() == Assessment.NOT_MET);
    }
}
