package org.missionplanner.plan;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of the plans of some missions, for calendars: each plan's period and each dated
 * benchmark. One statement per kind whatever the number of plans. The caller has checked that the
 * user may see these missions.
 */
@Service
@Transactional(readOnly = true)
public class PlanDates {

    /** A plan's period and status (the name of its {@link PlanStatus}). */
    public record Period(long planId, long missionId, String title, LocalDate start, LocalDate end, String status) {}

    /** A benchmark with a due date; {@code objectiveId} is null for a benchmark of the whole plan. */
    public record BenchmarkDue(
            long benchmarkId,
            long planId,
            long missionId,
            String planTitle,
            Long objectiveId,
            String description,
            LocalDate dueOn,
            boolean achieved) {}

    private final EntityManager entityManager;

    PlanDates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Period> periodsOf(Collection<Long> missionIds) {
        if (missionIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select p.id, p.missionId, p.title, p.periodStart, p.periodEnd, p.status from Plan p "
                                + "where p.missionId in :missionIds order by p.periodStart, p.id",
                        Object[].class)
                .setParameter("missionIds", missionIds)
                .getResultList()
                .stream()
                .map(row -> new Period(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (LocalDate) row[3],
                        (LocalDate) row[4],
                        ((PlanStatus) row[5]).name()))
                .toList();
    }

    public List<BenchmarkDue> benchmarksOf(Collection<Long> missionIds) {
        if (missionIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select b.id, p.id, p.missionId, p.title, b.objectiveId, b.description, b.dueOn, b.achieved "
                                + "from Benchmark b, Plan p where b.planId = p.id and p.missionId in :missionIds "
                                + "and b.dueOn is not null order by b.dueOn, b.id",
                        Object[].class)
                .setParameter("missionIds", missionIds)
                .getResultList()
                .stream()
                .map(row -> new BenchmarkDue(
                        (Long) row[0],
                        (Long) row[1],
                        (Long) row[2],
                        (String) row[3],
                        (Long) row[4],
                        (String) row[5],
                        (LocalDate) row[6],
                        (Boolean) row[7]))
                .toList();
    }
}
