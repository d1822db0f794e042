package org.missionplanner.national.web;

import jakarta.validation.constraints.Size;
import org.missionplanner.national.NationalActorDetails;
import org.missionplanner.national.NationalActorKind;
import org.missionplanner.national.NationalActorView;

/**
 * The form and JSON body that record or edit a national actor; {@code version} on an edit (the
 * country of an edited actor stays, whatever is sent).
 */
record NationalActorForm(
        @Size(max = 300, message = "{national.form.tooLong}")
        String name,

        @Size(max = 40, message = "{national.form.tooLong}") String acronym,
        NationalActorKind kind,

        @Size(max = 2, message = "{national.country.unknown}")
        String country,

        Long parentId,
        Long version) {

    static NationalActorForm empty(String country) {
        return new NationalActorForm(null, null, null, country, null, null);
    }

    /** The actor as its edit page first shows it: the acronym without the country the registry adds. */
    static NationalActorForm of(NationalActorView actor) {
        String acronym = actor.acronym().replaceFirst(" \\([A-Z]{2}\\)$", "");
        return new NationalActorForm(
                actor.name(),
                acronym.equals(actor.name()) ? null : acronym,
                actor.kind(),
                actor.country(),
                actor.parentId(),
                actor.version());
    }

    NationalActorDetails toDetails() {
        return new NationalActorDetails(name, acronym, kind, country, parentId);
    }
}
