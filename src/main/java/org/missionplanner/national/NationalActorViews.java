package org.missionplanner.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.missionplanner.partner.OrganisationDirectory;
import org.missionplanner.partner.OrganisationView;
import org.springframework.stereotype.Component;

/** Names national actors from their organisations, in one query for any number of actors. */
@Component
class NationalActorViews {

    private final OrganisationDirectory organisations;

    NationalActorViews(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    List<NationalActorView> of(List<NationalActor> found) {
        Map<Long, OrganisationView> named = organisations.byIdsInOneQuery(
                found.stream().map(NationalActor::getOrganisationId).toList());
        List<NationalActorView> views = new ArrayList<>();
        for (NationalActor actor : found) {
            OrganisationView organisation = named.get(actor.getOrganisationId());
            if (organisation != null) {
                views.add(of(organisation, actor));
            }
        }
        views.sort(Comparator.comparing(NationalActorView::name, String.CASE_INSENSITIVE_ORDER));
        return views;
    }

    static NationalActorView of(OrganisationView organisation, NationalActor actor) {
        return new NationalActorView(
                organisation.id(),
                organisation.fullName(),
                organisation.acronym(),
                actor.getKind(),
                actor.getCountry(),
                actor.getParentId(),
                actor.getVersion());
    }
}
