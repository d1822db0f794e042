package org.missionplanner.partner.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionplanner.partner.OrganisationDetails;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.OrganisationView;

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

    static OrganisationForm from(OrganisationView o) {
        return new OrganisationForm(
                o.acronym(),
                o.fullName(),
                o.kind(),
                o.headquarters(),
                o.website(),
                o.humanitarian(),
                o.parentId(),
                o.notes(),
                o.version());
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
