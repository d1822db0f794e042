package org.missionplanner.review.web;

import org.missionplanner.review.ReviewQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The HQ reviewers' inbox: every plan waiting for a decision, the longest waiting first. */
@Controller
class ReviewInboxController {

    private final ReviewQueries queries;

    ReviewInboxController(ReviewQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/reviews")
    String inbox(Model model) {
        model.addAttribute("entries", queries.inbox());
        return "reviews/inbox";
    }
}
