package org.missionplanner.plan;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries every kind of plan part answers; {@code #{#entityName}} names the kind's entity. */
@NoRepositoryBean
interface PlanPartRepository<E extends PlanPart> extends JpaRepository<E, Long> {

    /** The plan's parts of this kind in the planner's order. */
    @Query("select e from #{#entityName} e where e.planId = :planId order by e.position, e.id")
    List<E> findByPlan(long planId);

    /**
     * The part with its row locked until the transaction ends ({@code for update}). A deletion
     * takes it first, before the rows that go with the part (a task's supporters): a change takes
     * the part's row, then those rows, so both take them in the same order and cannot deadlock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from #{#entityName} e where e.id = :id")
    Optional<E> findLocked(long id);

    @Query("select coalesce(max(e.position), 0) from #{#entityName} e where e.planId = :planId")
    int maxPosition(long planId);

    /**
     * The objective under which one of the plan's parts stands on the outline, without loading it:
     * empty for a kind that stands under none (a risk). A kind under an objective declares the query.
     */
    default Optional<Long> objectiveOf(long planId, long id) {
        return Optional.empty();
    }
}
