package org.missionplanner.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionplanner.plan.PartType;
import org.missionplanner.plan.PlanDirectory;
import org.missionplanner.plan.PlanHeader;
import org.missionplanner.review.PlanDecisionEvents.PlanCommented;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments of HQ reviewers and the mission's planners on a plan or on one of its elements,
 * threaded one level deep (a reply to a reply joins the thread), resolved thread by thread.
 * Comments stay when a plan is returned, approved or changed.
 */
@Service
@Transactional
public class PlanComments {

    private static final String MAY_COMMENT =
            "(hasRole('HQ_REVIEWER') and @planAccess.canView(#planId, authentication))"
                    + " or @planAccess.canEdit(#planId, authentication)";

    private final PlanDirectory plans;
    private final PlanCommentRepository comments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanComments(PlanDirectory plans, PlanCommentRepository comments, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.comments = comments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a comment on the plan ({@link ElementType#PLAN}) or one of its elements, or a reply to a
     * thread when {@code parentId} is given (the reply then concerns the thread's element). Returns its id.
     */
    @PreAuthorize(MAY_COMMENT)
    public long comment(long planId, ElementType type, Long elementId, Long parentId, String body) {
        requirePlan(planId);
        if (body == null || body.isBlank()) {
            throw new BusinessRuleException("plan.field.required", "body");
        }
        PlanReview.checkLength(body, "body");
        Reviewer me = Reviewer.current();
        if (parentId != null) {
            PlanComment parent = find(planId, parentId);
            long threadId = parent.getParentId() == null ? parent.getId() : parent.getParentId();
            long id = comments.save(new PlanComment(
                            planId, parent.getElementType(), parent.getElementId(), threadId, body, me, now()))
                    .getId();
            String threadAuthor =
                    comments.findById(threadId).map(PlanComment::getAuthor).orElse(null);
            published(planId, threadAuthor, me);
            return id;
        }
        if (type == null) {
            throw new BusinessRuleException("plan.field.required", "element");
        }
        if (type != ElementType.PLAN && !belongsToPlan(planId, type, elementId)) {
            throw new BusinessRuleException("plan.comment.unknownElement", "element");
        }
        long id = comments.save(new PlanComment(planId, type, elementId, null, body, me, now()))
                .getId();
        published(planId, null, me);
        return id;
    }

    private void published(long planId, String threadAuthor, Reviewer me) {
        PlanHeader plan = plans.require(planId);
        events.publishEvent(new PlanCommented(
                planId, plan.missionId(), plan.title(), threadAuthor, me.username(), me.displayName()));
    }

    @PreAuthorize(MAY_COMMENT)
    public void resolve(long planId, long commentId) {
        find(planId, commentId).resolve(Reviewer.current(), now());
        comments.flush();
    }

    /**
     * The plan's comment threads by element key ("plan", "objective-3", "task-12"), each with its
     * open thread count, in one statement; titles are left for the caller, who has the outline.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public Map<String, ElementComments> commentsByElement(long planId) {
        requirePlan(planId);
        List<PlanComment> all = comments.findByPlan(planId);
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        all.stream()
                .filter(c -> c.getParentId() != null)
                .forEach(c -> replies.computeIfAbsent(c.getParentId(), id -> new ArrayList<>())
                        .add(CommentView.of(c)));
        Map<String, List<PlanComment>> firstByKey = new LinkedHashMap<>();
        all.stream()
                .filter(c -> c.getParentId() == null)
                .sorted(Comparator.comparing(
                        (PlanComment c) -> c.getElementType().ordinal()))
                .forEach(c -> firstByKey
                        .computeIfAbsent(c.getElementType().key(c.getElementId()), key -> new ArrayList<>())
                        .add(c));
        Map<String, ElementComments> byElement = new LinkedHashMap<>();
        firstByKey.forEach((key, firsts) -> {
            PlanComment sample = firsts.get(0);
            byElement.put(
                    key,
                    ElementComments.of(
                            key,
                            sample.getElementType(),
                            sample.getElementId(),
                            firsts.stream()
                                    .map(c -> new CommentThread(
                                            CommentView.of(c), replies.getOrDefault(c.getId(), List.of())))
                                    .toList()));
        });
        return byElement;
    }

    private boolean belongsToPlan(long planId, ElementType type, Long elementId) {
        if (elementId == null) {
            return false;
        }
        Optional<Long> owner = switch (type) {
            case OBJECTIVE -> part(planId, PartType.OBJECTIVE, elementId);
            case RESULT -> part(planId, PartType.RESULT, elementId);
            case INDICATOR -> part(planId, PartType.INDICATOR, elementId);
            case TASK -> part(planId, PartType.TASK, elementId);
            case BENCHMARK -> part(planId, PartType.BENCHMARK, elementId);
            case RISK -> part(planId, PartType.RISK, elementId);
            case PLAN -> Optional.of(planId);
        };
        return owner.filter(id -> id == planId).isPresent();
    }

    private Optional<Long> part(long planId, PartType type, long partId) {
        return plans.hasPart(planId, type, partId) ? Optional.of(planId) : Optional.empty();
    }

    private PlanComment find(long planId, long commentId) {
        return comments.findById(commentId)
                .filter(c -> c.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Comment", commentId));
    }

    private void requirePlan(long planId) {
        if (!plans.exists(planId)) {
            throw new NotFoundException("Plan", planId);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
