package org.missionplanner.partner;

/** An organisation as pages, the API and other modules read it, copied inside the transaction. */
public record OrganisationView(
        long id,
        String acronym,
        String fullName,
        OrganisationKind kind,
        String headquarters,
        String website,
        boolean humanitarian,
        Long parentId,
        String notes,
        String source,
        long version) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                organisation.getId(),
                organisation.getAcronym(),
                organisation.getFullName(),
                organisation.getKind(),
                organisation.getHeadquarters(),
                organisation.getWebsite(),
                organisation.isHumanitarian(),
                organisation.getParentId(),
                organisation.getNotes(),
                organisation.getSource(),
                organisation.getVersion());
    }
}
