package org.missionplanner.review.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.review.ElementComments;
import org.missionplanner.review.ElementType;
import org.missionplanner.review.PlanComments;
import org.missionplanner.review.PlanComparison;
import org.missionplanner.review.PlanReview;
import org.missionplanner.review.ReviewQueries;
import org.missionplanner.review.VersionSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review workflow as JSON. A refused transition (approving a draft, submitting a plan in
 * review) is 422 with the reason, a decision by someone who may not decide is 403, a request that
 * names an outdated plan version is 409; nothing changes in any of these cases.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
class ReviewApiController {

    private final PlanReview review;
    private final ReviewQueries queries;
    private final PlanComments comments;
    private final PlanQueries plans;

    ReviewApiController(PlanReview review, ReviewQueries queries, PlanComments comments, PlanQueries plans) {
        this.review = review;
        this.queries = queries;
        this.comments = comments;
        this.plans = plans;
    }

    record SubmitRequest(
            @Size(max = 4000) String message, @NotNull Long version) {}

    record DecisionRequest(
            @Size(max = 4000) String reasons, @NotNull Long version) {}

    record CommentRequest(
            ElementType elementType,
            Long elementId,
            Long parentId,
            @NotBlank @Size(max = 4000) String body) {}

    /** Where the plan stands after a transition, and the version number concerned. */
    record ReviewState(long planId, PlanStatus status, long version, Integer versionNumber) {}

    record CommentCreated(long id) {}

    @PostMapping("/submit")
    ReviewState submit(@PathVariable long planId, @Valid @RequestBody SubmitRequest request) {
        int number = review.submit(planId, request.version(), request.message());
        return state(planId, number);
    }

    @PostMapping("/approve")
    ReviewState approve(@PathVariable long planId, @Valid @RequestBody DecisionRequest request) {
        review.approve(planId, request.version(), request.reasons());
        return state(planId, null);
    }

    @PostMapping("/return")
    ReviewState returnForChanges(@PathVariable long planId, @Valid @RequestBody DecisionRequest request) {
        review.returnForChanges(planId, request.version(), request.reasons());
        return state(planId, null);
    }

    /** The comment threads by element key ("plan", "task-12"). */
    @GetMapping("/comments")
    Collection<ElementComments> comments(@PathVariable long planId) {
        return comments.commentsByElement(planId).values();
    }

    /** A new thread on the plan or one of its elements (elementType PLAN needs no elementId), or a reply (parentId). */
    @PostMapping("/comments")
    ResponseEntity<CommentCreated> comment(@PathVariable long planId, @Valid @RequestBody CommentRequest request) {
        long id = comments.comment(
                planId, request.elementType(), request.elementId(), request.parentId(), request.body());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/comments"))
                .body(new CommentCreated(id));
    }

    @PostMapping("/comments/{commentId}/resolve")
    ResponseEntity<Void> resolve(@PathVariable long planId, @PathVariable long commentId) {
        comments.resolve(planId, commentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/versions")
    List<VersionSummary> versions(@PathVariable long planId) {
        return queries.versions(planId);
    }

    @GetMapping("/versions/{a}/compare/{b}")
    PlanComparison compare(@PathVariable long planId, @PathVariable int a, @PathVariable int b) {
        return queries.compare(planId, a, b);
    }

    private ReviewState state(long planId, Integer number) {
        var plan = plans.plan(planId);
        return new ReviewState(planId, plan.status(), plan.version(), number);
    }
}
