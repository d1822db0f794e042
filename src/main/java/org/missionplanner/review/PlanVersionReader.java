package org.missionplanner.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.plan.PlanVersionOutlines;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.VersionInForce;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a version's snapshot back into the plan's outline, so that every view of the plan can show
 * the version in force (or any other) as it was submitted. The header of a version read back says
 * where that version stands: approved, superseded, or in review (submitted or returned); never a
 * draft, so that nothing offers to edit it.
 */
@Component
@Transactional(readOnly = true)
class PlanVersionReader implements PlanVersionOutlines {

    private final PlanVersionRepository versions;
    private final PlanSnapshots snapshots;
    private final PlanQueries queries;

    PlanVersionReader(PlanVersionRepository versions, PlanSnapshots snapshots, PlanQueries queries) {
        this.versions = versions;
        this.snapshots = snapshots;
        this.queries = queries;
    }

    @Override
    public Optional<PlanOutline> approved(long planId) {
        return versions.findByPlansAndStatus(List.of(planId), VersionStatus.APPROVED).stream()
                .findFirst()
                .map(this::outline);
    }

    @Override
    public Optional<PlanOutline> numbered(long planId, int number) {
        return versions.findByNumber(planId, number).map(this::outline);
    }

    @Override
    public Map<Long, VersionInForce> inForce(Collection<Long> planIds) {
        Map<Long, VersionInForce> found = new HashMap<>();
        for (VersionState v : versions.states(planIds)) {
            VersionInForce known = found.getOrDefault(v.planId(), VersionInForce.none(v.planId()));
            found.put(
                    v.planId(),
                    v.status() == VersionStatus.APPROVED
                            ? new VersionInForce(v.planId(), v.number(), v.decidedAt(), v.decidedBy(), known.inReview())
                            : new VersionInForce(
                                    v.planId(), known.number(), known.approvedAt(), known.approvedBy(), v.number()));
        }
        return found;
    }

    /**
     * The version's outline, its header telling where the version stands. A snapshot without the
     * plan's mission, kind, title or period (an older or partial one) takes them from the live plan.
     */
    PlanOutline outline(PlanVersion version) {
        PlanOutline read = snapshots.outline(version.getSnapshot());
        PlanView p = read.plan();
        if (p == null
                || p.missionId() == 0
                || p.kind() == null
                || p.title() == null
                || p.periodStart() == null
                || p.periodEnd() == null) {
            PlanView live = queries.plan(version.getPlanId());
            p = new PlanView(
                    live.id(),
                    live.missionId(),
                    live.missionAcronym(),
                    p == null || p.kind() == null ? live.kind() : p.kind(),
                    p == null || p.title() == null ? live.title() : p.title(),
                    p == null || p.periodStart() == null ? live.periodStart() : p.periodStart(),
                    p == null || p.periodEnd() == null ? live.periodEnd() : p.periodEnd(),
                    live.status(),
                    p == null ? null : p.sharedVision(),
                    p == null ? null : p.contextSummary(),
                    p == null ? 0 : p.version());
        }
        PlanView header = new PlanView(
                version.getPlanId(),
                p.missionId(),
                p.missionAcronym() == null ? "" : p.missionAcronym(),
                p.kind(),
                p.title(),
                p.periodStart(),
                p.periodEnd(),
                statusOf(version.getStatus()),
                p.sharedVision(),
                p.contextSummary(),
                p.version());
        return new PlanOutline(header, read.objectives(), read.unlinkedTasks(), read.benchmarks(), read.risks());
    }

    static PlanStatus statusOf(VersionStatus status) {
        return switch (status) {
            case APPROVED -> PlanStatus.APPROVED;
            case SUPERSEDED -> PlanStatus.SUPERSEDED;
            case SUBMITTED, RETURNED -> PlanStatus.IN_REVIEW;
        };
    }
}
