package org.missionplanner.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    @Query("select coalesce(max(v.number), 0) from PlanVersion v where v.planId = :planId")
    int lastNumber(long planId);

    @Query("select v from PlanVersion v where v.planId = :planId and v.number in :numbers")
    List<PlanVersion> findByNumbers(long planId, Collection<Integer> numbers);

    @Query("select v from PlanVersion v where v.planId = :planId and v.number = :number")
    java.util.Optional<PlanVersion> findByNumber(long planId, int number);

    /** The versions in force or under review of these plans, without their snapshots. */
    @Query("""
            select new org.missionplanner.review.VersionState(v.planId, v.number, v.status, v.decidedAt, v.decidedByName)
              from PlanVersion v
             where v.planId in :planIds
               and v.status in (org.missionplanner.review.VersionStatus.APPROVED,
                                org.missionplanner.review.VersionStatus.SUBMITTED)""")
    List<VersionState> states(Collection<Long> planIds);

    @Query("select v from PlanVersion v where v.planId in :planIds and v.status = :status")
    List<PlanVersion> findByPlansAndStatus(Collection<Long> planIds, VersionStatus status);

    @Query("""
            select new org.missionplanner.review.VersionSummary(v.id, v.number, v.status, v.submittedByName,
                   v.submittedAt, v.submitMessage, v.decidedByName, v.decidedAt, v.decisionReasons)
              from PlanVersion v where v.planId = :planId order by v.number desc""")
    List<VersionSummary> summaries(long planId);

    @Query("""
            select new org.missionplanner.review.InboxRow(v.planId, v.number, v.submittedByName, v.submittedAt,
                   v.submitMessage)
              from PlanVersion v where v.status = org.missionplanner.review.VersionStatus.SUBMITTED
             order by v.submittedAt, v.id""")
    List<InboxRow> submitted();
}
