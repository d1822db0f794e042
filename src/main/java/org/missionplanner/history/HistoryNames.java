package org.missionplanner.history;

import java.util.Map;

/**
 * Names to show for the units and organisations a change refers to by id. Units are named as
 * they were last recorded, so that a removed unit keeps its name in the history.
 */
record HistoryNames(Map<Long, String> units, Map<Long, String> organisations) {

    String unit(Long id) {
        return id == null ? null : units.getOrDefault(id, "#" + id);
    }

    String organisation(Long id) {
        return id == null ? null : organisations.getOrDefault(id, "#" + id);
    }
}
