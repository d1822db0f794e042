package org.missionplanner.national;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.PartnershipSeeding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** National actors and plans the system itself records (demo data); not reachable from any web endpoint. */
@Service
@Transactional
public class NationalSeeding {

    private final NationalActorRepository actors;
    private final NationalPlanRepository plans;
    private final PartnershipSeeding organisations;
    private final NationalActorViews views;

    NationalSeeding(
            NationalActorRepository actors,
            NationalPlanRepository plans,
            PartnershipSeeding organisations,
            NationalActorViews views) {
        this.actors = actors;
        this.plans = plans;
        this.organisations = organisations;
        this.views = views;
    }

    /**
     * The id of the national actor of the country with this name, recorded (with its organisation,
     * registered as "ACRONYM (LR)") when absent.
     */
    public long actorIfAbsent(String country, NationalActorKind kind, String name, String acronym, Long parentId) {
        var existing = views.of(actors.findInCountries(List.of(country))).stream()
                .filter(a -> a.name().equalsIgnoreCase(name))
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        long organisationId = organisations.organisationIfAbsent(
                List.of((acronym == null ? name : acronym) + " (" + country + ")"),
                name,
                kind == NationalActorKind.CIVIL_SOCIETY
                        ? OrganisationKind.NATIONAL_NGO_CIVIL_SOCIETY
                        : OrganisationKind.HOST_GOVERNMENT_INSTITUTION,
                false);
        if (!actors.existsById(organisationId)) {
            actors.saveAndFlush(new NationalActor(organisationId, country, kind, parentId, name));
        }
        return organisationId;
    }

    /** Records the plan with its priorities (code, title) unless the country has one with this title. */
    public void planIfAbsent(String country, String title, LocalDate from, LocalDate to, List<String[]> priorities) {
        boolean present = plans.findInCountries(List.of(country)).stream()
                .anyMatch(p -> p.getTitle().equalsIgnoreCase(title));
        if (present) {
            return;
        }
        var plan = new NationalPlan(country, title, from, to);
        priorities.forEach(p -> plan.addPriority(p[0], p[1]));
        plans.saveAndFlush(plan);
    }

    /**
     * The national actors of these countries by the names a demo text may use for them, in lower
     * case: the name, the acronym alone, and "name (ACRONYM)".
     */
    public Map<String, Long> actorsByName(Collection<String> countries) {
        Map<String, Long> byName = new HashMap<>();
        if (countries.isEmpty()) {
            return byName;
        }
        for (NationalActorView actor : views.of(actors.findInCountries(countries))) {
            byName.put(actor.name().toLowerCase(Locale.ROOT), actor.id());
            String acronym = actor.acronym().replaceFirst(" \\([A-Z]{2}\\)$", "");
            if (!acronym.equalsIgnoreCase(actor.name())) {
                byName.putIfAbsent(acronym.toLowerCase(Locale.ROOT), actor.id());
                byName.put((actor.name() + " (" + acronym + ")").toLowerCase(Locale.ROOT), actor.id());
            }
        }
        return byName;
    }

    /** The priorities of the plans of these countries by "plan title#code". */
    public Map<String, Long> prioritiesByKey(Collection<String> countries) {
        Map<String, Long> byKey = new HashMap<>();
        if (countries.isEmpty()) {
            return byKey;
        }
        plans.findInCountries(countries)
                .forEach(plan ->
                        plan.getPriorities().forEach(p -> byKey.put(plan.getTitle() + "#" + p.getCode(), p.getId())));
        return byKey;
    }
}
