package org.missionplanner.search;

import java.util.List;

/** The hits of one kind, best first, and how many there are in all ({@code total} ≥ hits shown). */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, long total) {

    public boolean more() {
        return total > hits.size();
    }
}
