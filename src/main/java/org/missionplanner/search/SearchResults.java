package org.missionplanner.search;

import java.util.List;

/** The answer to one search: the groups in {@link SearchKind} order, only kinds with hits. */
public record SearchResults(String query, SearchKind onlyKind, List<SearchGroup> groups) {

    public static SearchResults empty(String query) {
        return new SearchResults(query, null, List.of());
    }

    public long total() {
        return groups.stream().mapToLong(SearchGroup::total).sum();
    }

    public boolean more() {
        return groups.stream().anyMatch(SearchGroup::more);
    }

    public List<SearchHit> hits() {
        return groups.stream().flatMap(group -> group.hits().stream()).toList();
    }
}
