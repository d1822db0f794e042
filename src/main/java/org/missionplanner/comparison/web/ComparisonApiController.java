package org.missionplanner.comparison.web;

import java.util.List;
import org.missionplanner.comparison.ComparisonRequest;
import org.missionplanner.comparison.MissionComparison;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparison of missions as JSON: {@code missions} (one item per mission the user may see, in the
 * order asked, with its mandate, structure, plan, partnerships and authorised strength) and
 * {@code ignored} (the ids asked for that name no such mission). Ids that are not numbers, none or
 * more than {@value ComparisonRequest#MAX_MISSIONS}: 400 with a problem detail.
 */
@RestController
class ComparisonApiController {

    private final MissionComparison comparison;

    ComparisonApiController(MissionComparison comparison) {
        this.comparison = comparison;
    }

    @GetMapping("/api/v1/missions/compare")
    ResponseEntity<?> compare(
            @RequestParam(name = "ids", required = false) List<String> ids, Authentication authentication) {
        ComparisonRequest request = ComparisonRequest.parse(ids);
        if (!request.invalid().isEmpty()) {
            return badRequest("ids must be mission ids (numbers), separated by commas; not: "
                    + String.join(", ", request.invalid()));
        }
        if (request.ids().isEmpty() || request.tooMany()) {
            return badRequest(
                    "Give from 1 to " + ComparisonRequest.MAX_MISSIONS + " mission ids in ids, e.g. ids=1,2,3.");
        }
        return ResponseEntity.ok(comparison.compare(request, authentication));
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid mission ids");
        return ResponseEntity.badRequest().body(problem);
    }
}
