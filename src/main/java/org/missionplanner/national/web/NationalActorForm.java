package org.missionplanner.national.web;

import jakarta.validation.constraints.Size;
import org.missionplanner.national.NationalActorDetails;
import org.missionplanner.national.NationalActorKind;

/** The form and JSON body that record a national actor. */
record NationalActorForm(
        @Size(max = 300, message = "{national.form.tooLong}")
        String name,

        @Size(max = 40, message = "{national.form.tooLong}") String acronym,
        NationalActorKind kind,

        @Size(max = 2, message = "{national.country.unknown}")
        String country,

        Long parentId) {

    static NationalActorForm empty(String country) {
        return new NationalActorForm(null, null, null, country, null);
    }

    NationalActorDetails toDetails() {
        return new NationalActorDetails(name, acronym, kind, country, parentId);
    }
}
