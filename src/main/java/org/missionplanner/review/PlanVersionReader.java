package org.missionplanner.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionplanner.plan.PlanOutline;
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

    PlanVersionReader(PlanVersionRepository versions, PlanSnapshots snapshots) {
        this.versions = versions;
        this.snapshots = snapshots;
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
                            ? new VersionInForce(
                                    v.planId(), v.number(), v.decidedAt(), v.decidedBy(), known.inReview(), null)
                            : new VersionInForce(
                                    v.planId(),
                                    known.number(),
                                    known.approvedAt(),
                                    known.approvedBy(),
                                    v.number(),
                                    null));
        }
        return found;
    }

    /** The version's outline, its header telling where the version stands. */
    PlanOutline outline(PlanVersion version) {
        PlanOutline read = snapshots.outline(version.getSnapshot());
        PlanView p = read.plan();
        PlanView header = new PlanView(
                p == null ? version.getPlanId() : p.id(),
                p == null ? 0 : p.missionId(),
                p == null || p.missionAcronym() == null ? "" : p.missionAcronym(),
                p == null ? null : p.kind(),
                p == null ? null : p.title(),
                p == null ? null : p.periodStart(),
                p == null ? null : p.periodEnd(),
                statusOf(version.getStatus()),
                p == null ? null : p.sharedVision(),
                p == null ? null : p.contextSummary(),
                p == null ? 0 : p.version());
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
