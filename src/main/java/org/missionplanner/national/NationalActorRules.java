package org.missionplanner.national;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionplanner.national.NationalRuleViolations.Violation;

/**
 * The rules a national actor meets: a name unique in its country, a kind, a country that exists,
 * and a parent that is a national actor of the same country and never the actor itself or one of
 * its descendants.
 */
final class NationalActorRules {

    /** What the rules need to know of an existing national actor. */
    record Known(long id, String name, String country, Long parentId) {}

    private NationalActorRules() {}

    /**
     * Every rule the details break, for the actor {@code actorId} (null for a new one), given the
     * national actors of the country and the parent looked up by id (of whatever country).
     */
    static List<Violation> check(
            NationalActorDetails details, Long actorId, Map<Long, Known> actorsOfCountry, Optional<Known> parent) {
        List<Violation> violations = new ArrayList<>();
        String name = details.name() == null ? "" : details.name().trim();
        if (name.isEmpty()) {
            violations.add(new Violation("name", "national.actor.name.required"));
        }
        if (details.kind() == null) {
            violations.add(new Violation("kind", "national.actor.kind.required"));
        }
        String country = Country.normalise(details.country());
        if (!Country.isKnown(country)) {
            violations.add(new Violation("country", "national.country.unknown"));
        }
        if (!name.isEmpty()
                && actorsOfCountry.values().stream()
                        .anyMatch(a -> !java.util.Objects.equals(a.id(), actorId) && sameName(a.name(), name))) {
            violations.add(new Violation("name", "national.actor.name.taken"));
        }
        if (details.parentId() != null) {
            parentViolation(details.parentId(), actorId, country, actorsOfCountry, parent)
                    .ifPresent(violations::add);
        }
        return violations;
    }

    private static Optional<Violation> parentViolation(
            long parentId, Long actorId, String country, Map<Long, Known> actorsOfCountry, Optional<Known> parent) {
        if (parent.isEmpty()) {
            return Optional.of(new Violation("parentId", "national.actor.parent.unknown"));
        }
        if (!parent.get().country().equals(country)) {
            return Optional.of(new Violation("parentId", "national.actor.parent.otherCountry"));
        }
        if (actorId != null && reaches(parentId, actorId, actorsOfCountry)) {
            return Optional.of(new Violation("parentId", "national.actor.parent.cycle"));
        }
        return Optional.empty();
    }

    /** Whether walking up the parents from {@code from} meets {@code target}. */
    static boolean reaches(long from, long target, Map<Long, Known> actors) {
        Set<Long> visited = new HashSet<>();
        Long current = from;
        while (current != null && visited.add(current)) {
            if (current == target) {
                return true;
            }
            Known actor = actors.get(current);
            current = actor == null ? null : actor.parentId();
        }
        return false;
    }

    private static boolean sameName(String a, String b) {
        return a != null && a.trim().toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
