package org.missionplanner.search.web;

import java.util.ArrayList;
import java.util.List;
import org.missionplanner.search.QueryTooLongException;
import org.missionplanner.search.Search;
import org.missionplanner.search.SearchGroup;
import org.missionplanner.search.SearchHit;
import org.missionplanner.search.SearchKind;
import org.missionplanner.search.SearchResults;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=}: the hits the caller may see, best first within each kind, as
 * items with {@code kind}, {@code title}, {@code snippet} (plain text), {@code link},
 * {@code missionId}, the mission's acronym and the matched words; {@code groups} gives each kind's
 * total and whether there are more than listed ({@code kind=} lists up to 100 of one kind).
 */
@RestController
class SearchApiController {

    private final Search search;
    private final MessageSource messages;

    SearchApiController(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/api/v1/search")
    ResponseEntity<?> search(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "kind", required = false) String kind) {
        try {
            return ResponseEntity.ok(Answer.of(search.find(text, SearchKind.parse(kind))));
        } catch (QueryTooLongException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    messages.getMessage(
                            "search.query.tooLong",
                            new Object[] {Search.MAX_QUERY_LENGTH},
                            LocaleContextHolder.getLocale()));
            problem.setTitle("Search text too long");
            return ResponseEntity.badRequest().body(problem);
        }
    }

    record Answer(String query, long total, boolean more, List<Group> groups, List<Item> items) {

        static Answer of(SearchResults results) {
            return new Answer(
                    results.query(),
                    results.total(),
                    results.more(),
                    results.groups().stream().map(Group::of).toList(),
                    results.hits().stream().map(Item::of).toList());
        }
    }

    record Group(SearchKind kind, long total, int listed, boolean more) {

        static Group of(SearchGroup group) {
            return new Group(group.kind(), group.total(), group.hits().size(), group.more());
        }
    }

    record Item(
            SearchKind kind,
            String title,
            String snippet,
            String link,
            Long missionId,
            String mission,
            List<String> matches,
            double rank) {

        static Item of(SearchHit hit) {
            List<String> matches = new ArrayList<>(hit.title().matches());
            hit.snippet().matches().stream().filter(m -> !matches.contains(m)).forEach(matches::add);
            return new Item(
                    hit.kind(),
                    hit.title().plain(),
                    hit.snippet().plain(),
                    hit.link(),
                    hit.missionId(),
                    hit.missionAcronym(),
                    List.copyOf(matches),
                    hit.rank());
        }
    }
}
