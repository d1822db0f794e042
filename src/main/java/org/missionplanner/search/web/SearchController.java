package org.missionplanner.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.missionplanner.search.QueryTooLongException;
import org.missionplanner.search.Search;
import org.missionplanner.search.SearchKind;
import org.missionplanner.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, {@code /search?q=}: the hits grouped by kind with the matched words marked;
 * {@code kind=} shows more of one kind. A blank text shows the search box alone; a text that is
 * too long is answered 400 with a message.
 */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "kind", required = false) String kind,
            Model model,
            HttpServletResponse response) {
        SearchResults results;
        try {
            results = search.find(text, SearchKind.parse(kind));
        } catch (QueryTooLongException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("queryError", "search.query.tooLong");
            results = SearchResults.empty("");
        }
        model.addAttribute("q", results.query());
        model.addAttribute("results", results);
        model.addAttribute("maxLength", Search.MAX_QUERY_LENGTH);
        model.addAttribute("kinds", List.of(SearchKind.values()));
        return "search/results";
    }
}
