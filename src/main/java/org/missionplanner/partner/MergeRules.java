package org.missionplanner.partner;

import java.util.Map;
import java.util.Set;
import org.missionplanner.shared.BusinessRuleException;

/**
 * Whether an organisation may be merged into another: never into itself, never into one of its own
 * parts (an organisation under it, at any depth), never into an organisation that does not exist.
 * Each refusal names the field {@code into}.
 */
final class MergeRules {

    private MergeRules() {}

    /**
     * @param parents the parent of every organisation, by id (null for none), as stored
     */
    static void check(long mergedId, Long intoId, Map<Long, Long> parents) {
        if (intoId == null) {
            throw new BusinessRuleException("organisation.merge.into.required", "into");
        }
        if (intoId == mergedId) {
            throw new BusinessRuleException("organisation.merge.into.itself", "into");
        }
        if (!parents.containsKey(intoId)) {
            throw new BusinessRuleException("organisation.merge.into.unknown", "into");
        }
        if (descendantsOf(mergedId, parents).contains(intoId)) {
            throw new BusinessRuleException("organisation.merge.into.part", "into");
        }
    }

    /** The organisations under this one, at any depth. */
    static Set<Long> descendantsOf(long organisationId, Map<Long, Long> parents) {
        Set<Long> descendants = new java.util.HashSet<>();
        for (Long candidate : parents.keySet()) {
            Set<Long> seen = new java.util.HashSet<>();
            Long current = parents.get(candidate);
            while (current != null && seen.add(current)) {
                if (current == organisationId) {
                    descendants.add(candidate);
                    break;
                }
                current = parents.get(current);
            }
        }
        return descendants;
    }
}
