package org.missionplanner.partner.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionplanner.partner.Organisation;
import org.missionplanner.partner.OrganisationDetails;
import org.missionplanner.partner.OrganisationKind;

/** The organisation form (page) and request body (API). */
record OrganisationForm(
        @NotBlank @Size(max = 60) String acronym,
        @NotBlank @Size(max = 300) String fullName,
        @NotNull OrganisationKind kind,
        @Size(max = 200) String headquarters,

        @Size(max = 300)
        @Pattern(
                regexp = "^\\s*(https?://\\S+)?\\s*$",
                flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "{organisation.website.invalid}")
        String website,

        Boolean humanitarian,
        Long parentId,
        @Size(max = 4000) String notes,
        Long version) {

    static OrganisationForm empty() {
        return new OrganisationForm("", "", OrganisationKind.REGIONAL_ORGANISATION, "", "", false, null, "", null);
    }

    static OrganisationForm from(Organisation o) {
        return new OrganisationForm(
                o.getAcronym(),
                o.getFullName(),
                o.getKind(),
                o.getHeadquarters(),
                o.getWebsite(),
                o.isHumanitarian(),
                o.getParentId(),
                o.getNotes(),
                o.getVersion());
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(
                acronym.strip(),
                fullName.strip(),
                kind,
                blankToNull(headquarters),
                blankToNull(website),
                Boolean.TRUE.equals(humanitarian),
                parentId,
                blankToNull(notes));
    }

    OrganisationForm withVersion(long newVersion) {
        return new OrganisationForm(
                acronym, fullName, kind, headquarters, website, humanitarian, parentId, notes, newVersion);
    }

    long versionOrMinusOne() {
        return version == null ? -1 : version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
