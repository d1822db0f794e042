package org.missionplanner.national;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of national actors and priorities for other modules (the actor picker, a plan's
 * rules, the coherence report), which refer to them by id. They are reference data every signed-in
 * user may read.
 */
@Service
@Transactional(readOnly = true)
public class NationalDirectory {

    private final NationalActorRepository actors;
    private final NationalPlanRepository plans;
    private final NationalActorViews views;

    NationalDirectory(NationalActorRepository actors, NationalPlanRepository plans, NationalActorViews views) {
        this.actors = actors;
        this.plans = plans;
        this.views = views;
    }

    /** The national actors of these countries, by name, in two queries whatever the countries. */
    public List<NationalActorView> actorsOf(Collection<String> countries) {
        return views.of(actors.findInCountries(orNone(countries)));
    }

    /** The countries, or a code no country has: every look-up then runs its one query, whatever it is given. */
    private static Collection<String> orNone(Collection<String> countries) {
        return countries.isEmpty() ? List.of("") : countries;
    }

    /** The ids of the national actors of these countries, in one query. */
    public Set<Long> actorIdsOf(Collection<String> countries) {
        return Set.copyOf(actors.findIdsInCountries(orNone(countries)));
    }

    /** The ids of the priorities of the national plans of these countries, in one query. */
    public Set<Long> priorityIdsOf(Collection<String> countries) {
        return Set.copyOf(plans.findPriorityIdsInCountries(orNone(countries)));
    }

    /** The national actors with these ids, by id; ids of other organisations are absent. */
    public Map<Long, NationalActorView> actorsByIds(Collection<Long> ids) {
        return NationalActors.byId(views.of(actors.findByIds(ids.isEmpty() ? List.of(-1L) : ids)));
    }

    /** The priorities of the plans of these countries, plan by plan (oldest first), each in its order. */
    public List<NationalPriorityView> prioritiesOf(Collection<String> countries) {
        return plans.findInCountries(orNone(countries)).stream()
                .flatMap(p -> NationalPlanView.of(p).priorities().stream())
                .toList();
    }

    /** The kind of each national actor among these ids, in one query whatever the ids; other ids are absent. */
    public Map<Long, NationalActorKind> kindsOf(Collection<Long> ids) {
        Map<Long, NationalActorKind> kinds = new java.util.HashMap<>();
        actors.findKinds(ids.isEmpty() ? List.of(-1L) : ids)
                .forEach(row -> kinds.put((Long) row[0], (NationalActorKind) row[1]));
        return kinds;
    }

    /** The priorities with these ids, by id. */
    public Map<Long, NationalPriorityView> prioritiesByIds(Collection<Long> ids) {
        return plans.findHoldingPriorities(ids.isEmpty() ? List.of(-1L) : ids).stream()
                .flatMap(p -> NationalPlanView.of(p).priorities().stream())
                .filter(p -> ids.contains(p.id()))
                .collect(Collectors.toMap(NationalPriorityView::id, Function.identity()));
    }
}
