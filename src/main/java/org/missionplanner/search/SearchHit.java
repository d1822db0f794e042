package org.missionplanner.search;

/**
 * One thing found: its kind, title and snippet with the matched words marked, the page it opens
 * and its mission (none for an organisation).
 */
public record SearchHit(
        SearchKind kind,
        long entityId,
        Highlighted title,
        Highlighted snippet,
        String link,
        Long missionId,
        String missionAcronym,
        double rank) {}
