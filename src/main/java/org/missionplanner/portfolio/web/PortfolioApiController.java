package org.missionplanner.portfolio.web;

import java.util.List;
import org.missionplanner.portfolio.Portfolio;
import org.missionplanner.portfolio.PortfolioRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HQ portfolio as JSON: one item per mission the user may see, with the same sorting
 * ({@code sort}, {@code dir}) and filters ({@code type}, {@code phase}, {@code region},
 * {@code country}, {@code model}) as the page. An unknown value is a 400 problem naming it.
 */
@RestController
class PortfolioApiController {

    private final Portfolio portfolio;

    PortfolioApiController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/api/v1/portfolio")
    ResponseEntity<?> list(PortfolioParams params, Authentication authentication) {
        List<String> rejected = params.rejected();
        if (!rejected.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    "Unknown value of " + String.join(", ", rejected)
                            + ". sort: mission, type, phase, region, model, mandateExpiry, awaiting, waiting, planAge,"
                            + " offTrack, noLead, unfunded, fundingGap, partnerships, checks, overdue; dir: asc or desc;"
                            + " type, phase, region, model: the names of their values; country: an ISO 3166 code.");
            problem.setTitle("Bad Request");
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        List<PortfolioRow> rows =
                portfolio.rows(authentication, params.filter(), params.sortColumn(), params.descending());
        return ResponseEntity.ok(rows);
    }
}
