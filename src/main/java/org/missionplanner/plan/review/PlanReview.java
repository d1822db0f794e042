package org.missionplanner.plan.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.missionplanner.notification.NotificationMessage;
import org.missionplanner.notification.Notifications;
import org.missionplanner.plan.Plan;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanRepository;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How HQ and the mission agree on a plan. The mission's planners submit a draft (a new numbered
 * version with a snapshot of the whole plan); an HQ reviewer other than the submitter approves it
 * (it becomes the plan in force and the earlier approved plan of that kind is superseded) or
 * returns it with reasons (a draft again). Every request names the plan version its sender saw,
 * so that of two reviewers deciding at once exactly one wins and the other gets a conflict.
 */
@Service
@Transactional
public class PlanReview {

    static final int MAX_TEXT = 4000;

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanQueries queries;
    private final PlanSnapshots snapshots;
    private final Notifications notifications;
    private final Clock clock;

    PlanReview(
            PlanRepository plans,
            PlanVersionRepository versions,
            PlanQueries queries,
            PlanSnapshots snapshots,
            Notifications notifications,
            ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.versions = versions;
        this.queries = queries;
        this.snapshots = snapshots;
        this.notifications = notifications;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Submits the draft for review; returns the number of the new version. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public int submit(long planId, long version, String message) {
        Plan plan = current(planId, version);
        checkLength(message, "message");
        plan.submitForReview();
        Reviewer me = Reviewer.current();
        int number = versions.lastNumber(planId) + 1;
        versions.save(
                new PlanVersion(planId, number, snapshots.write(queries.outline(planId)), me, clean(message), now()));
        plans.flush();
        notifications.toReviewers(plan.getMissionId(), message("notification.plan.submitted", plan, me), me.username());
        return number;
    }

    /** Approves the submitted version: the plan in force from now on. */
    @PreAuthorize("hasRole('HQ_REVIEWER') and @planAccess.canView(#planId, authentication)")
    public void approve(long planId, long version, String reasons) {
        Plan plan = current(planId, version);
        checkLength(reasons, "reasons");
        plan.approve();
        PlanVersion submitted = submittedVersion(planId);
        Reviewer me = Reviewer.current();
        submitted.approve(me, reasons, now());
        supersedeEarlierApprovals(plan, submitted);
        plans.flush();
        notifications.toPlannersOf(plan.getMissionId(), message("notification.plan.approved", plan, me), me.username());
    }

    /** Returns the submitted version with reasons: the plan is a draft again, with its comments. */
    @PreAuthorize("hasRole('HQ_REVIEWER') and @planAccess.canView(#planId, authentication)")
    public void returnForChanges(long planId, long version, String reasons) {
        Plan plan = current(planId, version);
        checkLength(reasons, "reasons");
        plan.returnForChanges();
        Reviewer me = Reviewer.current();
        submittedVersion(planId).returnForChanges(me, reasons, now());
        plans.flush();
        notifications.toPlannersOf(plan.getMissionId(), message("notification.plan.returned", plan, me), me.username());
    }

    /** Opens an approved plan for changes; its approved version stays in force until another is approved. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void startNewDraft(long planId, long version) {
        current(planId, version).startNewDraft();
        plans.flush();
    }

    /**
     * The earlier approved versions of this plan, and those of the mission's other plans of the same
     * kind, are no longer in force; those other plans are superseded as a whole.
     */
    private void supersedeEarlierApprovals(Plan plan, PlanVersion approved) {
        List<Plan> sameKind = plans.findByMission(plan.getMissionId()).stream()
                .filter(p -> p.getKind() == plan.getKind())
                .toList();
        List<PlanVersion> inForce =
                versions.findByPlansAndStatus(sameKind.stream().map(Plan::getId).toList(), VersionStatus.APPROVED);
        inForce.stream()
                .filter(v -> !Objects.equals(v.getId(), approved.getId()))
                .forEach(PlanVersion::supersede);
        sameKind.stream()
                .filter(p -> !p.getId().equals(plan.getId()))
                .filter(p -> p.getStatus() == PlanStatus.APPROVED
                        || (p.getStatus() == PlanStatus.DRAFT
                                && inForce.stream().anyMatch(v -> v.getPlanId() == p.getId())))
                .forEach(Plan::supersede);
    }

    private Plan current(long planId, long version) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        if (plan.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Plan.class, planId);
        }
        return plan;
    }

    private PlanVersion submittedVersion(long planId) {
        return versions.findByPlansAndStatus(List.of(planId), VersionStatus.SUBMITTED).stream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("plan.review.decideOnlyInReview"));
    }

    private static NotificationMessage message(String key, Plan plan, Reviewer actor) {
        return new NotificationMessage(key, plan.getTitle(), actor.displayName(), "/plans/" + plan.getId() + "/review");
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
