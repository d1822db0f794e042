package org.missionplanner.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionplanner.security.MissionAccess;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the search documents (V34), in English and French, accent-insensitive,
 * ranked with {@code ts_rank} (a match in the title weighs more than one in the text). Only what
 * the signed-in user may see comes back: the mission filter is part of the SQL, from
 * {@link MissionAccess#visibleMissions}; organisations (no mission) are visible to everyone signed
 * in. The search text is handed to {@code websearch_to_tsquery} as a bound parameter, so operators
 * and quotes in it are words or web-search syntax, never SQL or a malformed query.
 */
@Service
public class Search {

    /** The longest search text accepted. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** Hits shown per kind, and per kind when one kind is asked for. */
    public static final int PER_KIND = 10;

    public static final int ONE_KIND = 100;

    /**
     * How many matches of one kind are ranked: a word found in thousands of tasks ranks a thousand
     * of them (all are counted), so that a search costs the same whatever the size of the data.
     */
    static final int RANKED_PER_KIND = 1000;

    private static final String TITLE_OPTIONS =
            "HighlightAll=true, StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP;

    private static final String SNIPPET_OPTIONS = "MaxFragments=2, MaxWords=20, MinWords=8, FragmentDelimiter=\" … \", "
            + "StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP;

    /**
     * Ranks the matches on narrow rows (kind, id, rank), keeps the best of each kind, and only then
     * reads their text by primary key for {@code ts_headline}: the headlines, the costly part, are
     * made for the hits shown only. Each row is ranked in the language it matched in, and at most
     * {@link #RANKED_PER_KIND} of each kind are ranked.
     */
    private static final String QUERY = """
            select d.kind, d.entity_id, d.link, d.mission_id, m.acronym, r.total, r.rank,
                   ts_headline(r.config, d.title, r.query, :titleOptions) as title,
                   ts_headline(r.config, coalesce(d.body, ''), r.query, :snippetOptions) as snippet
              from (select h.kind, h.entity_id, h.part, h.rank, h.total,
                           case when h.english then cast('search_english' as regconfig)
                                else cast('search_french' as regconfig) end as config,
                           case when h.english then q.en else q.fr end as query,
                           row_number() over (partition by h.kind order by h.rank desc, h.entity_id, h.part) as n
                      from (select e.kind, e.entity_id, e.part, e.total, v.english, v.rank
                              from (select d.kind, d.entity_id, d.part,
                                           row_number() over (partition by d.kind) as candidate,
                                           count(*) over (partition by d.kind) as total
                                      from search_document d,
                                           (%1$s) q
                                     where (d.tsv_en @@ q.en or d.tsv_fr @@ q.fr)
                                       and (:everything
                                            or d.mission_id is null
                                            or d.mission_id = any(cast(string_to_array(cast(:missions as text), ',') as bigint[])))
                                       and (cast(:kind as text) = '' or d.kind = cast(:kind as text))) e
                              cross join lateral (
                                   select s.tsv_en @@ q.en as english,
                                          case when s.tsv_en @@ q.en then ts_rank(s.tsv_en, q.en)
                                               else ts_rank(s.tsv_fr, q.fr) end as rank
                                     from search_document s, (%1$s) q
                                    where s.kind = e.kind and s.entity_id = e.entity_id and s.part = e.part
                                    limit 1) v
                             where e.candidate <= :ranked) h,
                           (%1$s) q) r
              cross join lateral (select s.kind, s.entity_id, s.part, s.link, s.mission_id, s.title, s.body
                                    from search_document s
                                   where s.kind = r.kind and s.entity_id = r.entity_id and s.part = r.part
                                   limit 1) d
              left join mission m on m.id = d.mission_id
             where r.n <= :perKind
             order by d.kind, r.rank desc, d.entity_id, d.part""".formatted("""
                    select websearch_to_tsquery(cast('search_english' as regconfig), cast(:q as text)) as en,
                           websearch_to_tsquery(cast('search_french' as regconfig), cast(:q as text)) as fr""");

    private final EntityManager entityManager;
    private final MissionAccess access;

    Search(EntityManager entityManager, MissionAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /**
     * What the signed-in user may see that matches {@code text}: up to {@link #PER_KIND} hits of
     * each kind, or {@link #ONE_KIND} of {@code onlyKind} when given, with each kind's total. A
     * blank text finds nothing.
     *
     * @throws QueryTooLongException when the text is longer than {@link #MAX_QUERY_LENGTH}
     */
    @Transactional(readOnly = true)
    public SearchResults find(String text, SearchKind onlyKind) {
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new QueryTooLongException(query.length());
        }
        if (query.isEmpty()) {
            return SearchResults.empty(query);
        }
        var visible = access.visibleMissions(SecurityContextHolder.getContext().getAuthentication());
        String missions = visible.ids().stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(QUERY)
                .setParameter("q", query)
                .setParameter("everything", visible.all())
                .setParameter("missions", missions)
                .setParameter("kind", onlyKind == null ? "" : onlyKind.name())
                .setParameter("perKind", onlyKind == null ? PER_KIND : ONE_KIND)
                .setParameter("ranked", RANKED_PER_KIND)
                .setParameter("titleOptions", TITLE_OPTIONS)
                .setParameter("snippetOptions", SNIPPET_OPTIONS)
                .getResultList();
        return new SearchResults(query, onlyKind, groups(rows));
    }

    private static List<SearchGroup> groups(List<Object[]> rows) {
        Map<SearchKind, List<SearchHit>> hits = new EnumMap<>(SearchKind.class);
        Map<SearchKind, Long> totals = new EnumMap<>(SearchKind.class);
        for (Object[] row : rows) {
            SearchKind kind = SearchKind.valueOf((String) row[0]);
            hits.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(new SearchHit(
                            kind,
                            ((Number) row[1]).longValue(),
                            Highlighted.parse((String) row[7]),
                            Highlighted.parse((String) row[8]),
                            (String) row[2],
                            row[3] == null ? null : ((Number) row[3]).longValue(),
                            (String) row[4],
                            ((Number) row[6]).doubleValue()));
            totals.put(kind, ((Number) row[5]).longValue());
        }
        List<SearchGroup> groups = new ArrayList<>();
        hits.forEach((kind, list) -> groups.add(new SearchGroup(kind, List.copyOf(list), totals.get(kind))));
        return List.copyOf(groups);
    }
}
