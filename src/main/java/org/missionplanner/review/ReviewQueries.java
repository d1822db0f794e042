package org.missionplanner.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.plan.PlanAccess;
import org.missionplanner.plan.PlanDirectory;
import org.missionplanner.plan.PlanHeader;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the review side of plans: the reviewers' inbox, a plan's version history, comparisons
 * between versions (or between the approved version and the live draft), and which review actions
 * a user may take. A comparison reads the two snapshots (or one snapshot and the outline) whatever
 * the size of the plan, and compares them in memory.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

    private final PlanDirectory plans;
    private final PlanVersionRepository versions;
    private final PlanQueries queries;
    private final PlanSnapshots snapshots;
    private final PlanAccess access;
    private final MissionDirectory missions;
    private final Clock clock;

    ReviewQueries(
            PlanDirectory plans,
            PlanVersionRepository versions,
            PlanQueries queries,
            PlanSnapshots snapshots,
            PlanAccess access,
            MissionDirectory missions,
            Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.queries = queries;
        this.snapshots = snapshots;
        this.access = access;
        this.missions = missions;
        this.clock = clock;
    }

    /** Every submitted plan across missions, the one waiting longest first. */
    @PreAuthorize("hasRole('HQ_REVIEWER')")
    public List<InboxEntry> inbox() {
        return awaitingDecision(new MissionAccess.VisibleMissions(true, java.util.Set.of()));
    }

    /**
     * The plans submitted and awaiting an HQ decision in the missions given (every mission when
     * {@code visible.all()}), the one waiting longest first: three statements whatever the number of
     * plans or missions. The caller has decided that the user may see these missions (the HQ
     * portfolio, the home page of reviewers and administrators).
     */
    public List<InboxEntry> awaitingDecision(MissionAccess.VisibleMissions visible) {
        if (!visible.all() && visible.ids().isEmpty()) {
            return List.of();
        }
        List<InboxRow> rows = versions.submitted();
        Map<Long, PlanHeader> byId = plans
                .headers(rows.stream().map(InboxRow::planId).toList())
                .stream()
                .collect(Collectors.toMap(PlanHeader::id, Function.identity()));
        var acronyms = missions.byIds(
                byId.values().stream().map(PlanHeader::missionId).distinct().toList());
        Instant now = Instant.now(clock);
        return rows.stream()
                .filter(r -> byId.containsKey(r.planId())
                        && visible.includes(byId.get(r.planId()).missionId()))
                .map(r -> {
                    PlanHeader plan = byId.get(r.planId());
                    var mission = acronyms.get(plan.missionId());
                    return new InboxEntry(
                            plan.id(),
                            plan.missionId(),
                            mission == null ? "" : mission.acronym(),
                            plan.kind(),
                            plan.title(),
                            r.number(),
                            r.submittedBy(),
                            r.submittedAt(),
                            r.message(),
                            Duration.between(r.submittedAt(), now));
                })
                .sorted(Comparator.comparing(InboxEntry::submittedAt))
                .toList();
    }

    /** The plan's versions, newest first. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<VersionSummary> versions(long planId) {
        requirePlan(planId);
        return versions.summaries(planId);
    }

    /** One version of the plan, without its snapshot (404 when the plan has no such version). */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public VersionSummary version(long planId, int number) {
        requirePlan(planId);
        return versions.summaries(planId).stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Plan version", number));
    }

    /** What changed from version {@code before} to version {@code after}. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PlanComparison compare(long planId, int before, int after) {
        requirePlan(planId);
        Map<Integer, PlanVersion> found = versions.findByNumbers(planId, List.of(before, after)).stream()
                .collect(Collectors.toMap(PlanVersion::getNumber, Function.identity()));
        PlanVersion old =
                Optional.ofNullable(found.get(before)).orElseThrow(() -> new NotFoundException("Plan version", before));
        PlanVersion now =
                Optional.ofNullable(found.get(after)).orElseThrow(() -> new NotFoundException("Plan version", after));
        return PlanComparer.compare(before, elements(old), after, elements(now));
    }

    /** What the live plan changes from its approved version; empty when no version of it is in force. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public Optional<PlanComparison> compareWithApproved(long planId) {
        requirePlan(planId);
        return versions.findByPlansAndStatus(List.of(planId), VersionStatus.APPROVED).stream()
                .findFirst()
                .map(approved -> PlanComparer.compare(
                        approved.getNumber(),
                        elements(approved),
                        null,
                        PlanElements.of(snapshots.tree(queries.outline(planId)))));
    }

    /** The review actions this user may take on the plan in its present state. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public ReviewActions actions(long planId, Authentication authentication) {
        PlanHeader plan = requirePlan(planId);
        boolean planner = access.canEdit(planId, authentication);
        boolean reviewer = Reviewer.isHqReviewer(authentication);
        Optional<PlanVersion> submitted = plan.status() == PlanStatus.IN_REVIEW
                ? versions.findByPlansAndStatus(List.of(planId), VersionStatus.SUBMITTED).stream()
                        .findFirst()
                : Optional.empty();
        boolean own =
                submitted.map(v -> v.isSubmittedBy(authentication.getName())).orElse(false);
        return new ReviewActions(
                planner && plan.status() == PlanStatus.DRAFT,
                reviewer && submitted.isPresent() && !own,
                planner && plan.status() == PlanStatus.APPROVED,
                planner || reviewer,
                submitted.map(PlanVersion::getNumber).orElse(null),
                reviewer && own);
    }

    private Map<String, ElementState> elements(PlanVersion version) {
        return PlanElements.of(snapshots.read(version.getSnapshot()));
    }

    private PlanHeader requirePlan(long planId) {
        return plans.require(planId);
    }
}
