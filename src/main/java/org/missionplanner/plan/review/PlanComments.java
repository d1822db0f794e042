package org.missionplanner.plan.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionplanner.plan.IndicatorRepository;
import org.missionplanner.plan.PlanObjectiveRepository;
import org.missionplanner.plan.PlanRepository;
import org.missionplanner.plan.PlanResultRepository;
import org.missionplanner.plan.PlanTaskRepository;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
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

    private final PlanRepository plans;
    private final PlanCommentRepository comments;
    private final PlanObjectiveRepository objectives;
    private final PlanResultRepository results;
    private final IndicatorRepository indicators;
    private final PlanTaskRepository tasks;
    private final Clock clock;

    PlanComments(
            PlanRepository plans,
            PlanCommentRepository comments,
            PlanObjectiveRepository objectives,
            PlanResultRepository results,
            IndicatorRepository indicators,
            PlanTaskRepository tasks,
            ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.comments = comments;
        this.objectives = objectives;
        this.results = results;
        this.indicators = indicators;
        this.tasks = tasks;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
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
            return comments.save(new PlanComment(
                            planId, parent.getElementType(), parent.getElementId(), threadId, body, me, now()))
                    .getId();
        }
        if (type == null) {
            throw new BusinessRuleException("plan.field.required", "element");
        }
        if (type != ElementType.PLAN && !belongsToPlan(planId, type, elementId)) {
            throw new BusinessRuleException("plan.comment.unknownElement", "element");
        }
        return comments.save(new PlanComment(planId, type, elementId, null, body, me, now()))
                .getId();
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
            case OBJECTIVE -> objectives.findById(elementId).map(o -> o.getPlanId());
            case RESULT -> results.findById(elementId).map(r -> r.getPlanId());
            case INDICATOR -> indicators.findById(elementId).map(i -> i.getPlanId());
            case TASK -> tasks.findById(elementId).map(t -> t.getPlanId());
            case PLAN -> Optional.of(planId);
        };
        return owner.filter(id -> id == planId).isPresent();
    }

    private PlanComment find(long planId, long commentId) {
        return comments.findById(commentId)
                .filter(c -> c.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Comment", commentId));
    }

    private void requirePlan(long planId) {
        if (!plans.existsById(planId)) {
            throw new NotFoundException("Plan", planId);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
