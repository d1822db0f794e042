package org.missionplanner.history;

import java.util.Map;

/**
 * Names to show for the units, organisations and plan parts a change refers to by id. Units and
 * plan parts are named as they were last recorded, so that a removed one keeps its name in the
 * history.
 *
 * @param parts titles by the field that refers to them ({@code objectiveId}, {@code resultId},
 *     {@code parentPlanId}) and id
 */
record HistoryNames(Map<Long, String> units, Map<Long, String> organisations, Map<String, Map<Long, String>> parts) {

    String unit(Long id) {
        return id == null ? null : units.getOrDefault(id, "#" + id);
    }

    String organisation(Long id) {
        return id == null ? null : organisations.getOrDefault(id, "#" + id);
    }

    String part(String field, Number id) {
        return id == null ? null : parts.getOrDefault(field, Map.of()).getOrDefault(id.longValue(), "#" + id);
    }
}
