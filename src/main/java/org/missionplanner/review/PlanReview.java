package org.missionplanner.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.missionplanner.plan.PlanDirectory;
import org.missionplanner.plan.PlanHeader;
import org.missionplanner.plan.PlanLifecycle;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.review.PlanDecisionEvents.PlanApproved;
import org.missionplanner.review.PlanDecisionEvents.PlanReturned;
import org.missionplanner.review.PlanDecisionEvents.PlanSubmitted;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How HQ and the mission agree on a plan. The mission's planners submit a draft (a new numbered
 * version with a snapshot of the whole plan); an HQ reviewer other than the submitter approves it
 * (it becomes the plan in force and the earlier approved plan of that kind is superseded) or
 * returns it with reasons (a draft again). Every request names the plan version its sender saw,
 * so that of two reviewers deciding at once exactly one wins and the other gets a conflict. Each
 * step is published as an event ({@link PlanDecisionEvents}) for whoever needs to know.
 */
@Service
@Transactional
public class PlanReview {

    static final int MAX_TEXT = 4000;

    private final PlanDirectory plans;
    private final PlanLifecycle lifecycle;
    private final PlanVersionRepository versions;
    private final PlanQueries queries;
    private final PlanSnapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanReview(
            PlanDirectory plans,
            PlanLifecycle lifecycle,
            PlanVersionRepository versions,
            PlanQueries queries,
            PlanSnapshots snapshots,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.versions = versions;
        this.queries = queries;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    /** Submits the draft for review; returns the number of the new version. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public int submit(long planId, long version, String message) {
        plans.current(planId, version);
        checkLength(message, "message");
        PlanHeader plan = lifecycle.submitForReview(planId);
        Reviewer me = Reviewer.current();
        int number = versions.lastNumber(planId) + 1;
        versions.save(
                new PlanVersion(planId, number, snapshots.write(queries.outline(planId)), me, clean(message), now()));
        versions.flush();
        events.publishEvent(new PlanSubmitted(planId, plan.missionId(), plan.title(), me.username(), me.displayName()));
        return number;
    }

    /** Approves the submitted version: the plan in force from now on. */
    @PreAuthorize("hasRole('HQ_REVIEWER') and @planAccess.canView(#planId, authentication)")
    public void approve(long planId, long version, String reasons) {
        plans.current(planId, version);
        checkLength(reasons, "reasons");
        PlanHeader plan = lifecycle.approve(planId);
        PlanVersion submitted = submittedVersion(planId);
        Reviewer me = Reviewer.current();
        submitted.approve(me, reasons, now());
        supersedeEarlierApprovals(plan, submitted);
        versions.flush();
        events.publishEvent(new PlanApproved(planId, plan.missionId(), plan.title(), me.username(), me.displayName()));
    }

    /** Returns the submitted version with reasons: the plan is a draft again, with its comments. */
    @PreAuthorize("hasRole('HQ_REVIEWER') and @planAccess.canView(#planId, authentication)")
    public void returnForChanges(long planId, long version, String reasons) {
        plans.current(planId, version);
        checkLength(reasons, "reasons");
        PlanHeader plan = lifecycle.returnForChanges(planId);
        Reviewer me = Reviewer.current();
        submittedVersion(planId).returnForChanges(me, reasons, now());
        versions.flush();
        events.publishEvent(new PlanReturned(
                planId, plan.missionId(), plan.title(), me.username(), me.displayName(), clean(reasons)));
    }

    /** Opens an approved plan for changes; its approved version stays in force until another is approved. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void startNewDraft(long planId, long version) {
        plans.current(planId, version);
        lifecycle.startNewDraft(planId);
    }

    /**
     * The earlier approved versions of this plan, and those of the mission's other plans of the same
     * kind, are no longer in force; those other plans are superseded as a whole.
     */
    private void supersedeEarlierApprovals(PlanHeader plan, PlanVersion approved) {
        List<PlanHeader> sameKind = plans.ofMissionAndKind(plan.missionId(), plan.kind());
        List<PlanVersion> inForce = versions.findByPlansAndStatus(
                sameKind.stream().map(PlanHeader::id).toList(), VersionStatus.APPROVED);
        inForce.stream()
                .filter(v -> !Objects.equals(v.getId(), approved.getId()))
                .forEach(PlanVersion::supersede);
        sameKind.stream()
                .filter(p -> p.id() != plan.id())
                .filter(p -> p.status() == PlanStatus.APPROVED
                        || (p.status() == PlanStatus.DRAFT && inForce.stream().anyMatch(v -> v.getPlanId() == p.id())))
                .forEach(p -> lifecycle.supersede(p.id()));
    }

    private PlanVersion submittedVersion(long planId) {
        return versions.findByPlansAndStatus(List.of(planId), VersionStatus.SUBMITTED).stream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("plan.review.decideOnlyInReview"));
    }

    static void checkLength(String text, String field) {
        if (text != null && text.trim().length() > MAX_TEXT) {
            throw new BusinessRuleException("plan.review.tooLong", field);
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
