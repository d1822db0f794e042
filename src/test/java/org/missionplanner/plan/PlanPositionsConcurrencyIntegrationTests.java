package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.Party;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The parts of a plan keep unique, gap-free positions when planners add them at the same time, on
 * real threads against PostgreSQL; the database refuses a duplicate position whatever the code does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPositionsConcurrencyIntegrationTests {

    private static final int PLANNERS = 10;

    @Autowired
    PlanEditing editing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlatformTransactionManager transactionManager;

    PlanWorld world;
    long planId;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        signIn();
        planId = editing.createPlan(
                world.missionId(),
                new PlanDetails(
                        PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                        "Concurrent ISF",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        null,
                        null));
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        world.delete();
    }

    @Test
    void tenTasksAddedAtOnceTakeThePositionsOneToTen() throws Exception {
        addConcurrently(i -> editing.add(PartKind.TASK, planId, task("Task " + i)));

        assertThat(positions("plan_task"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, PLANNERS).boxed().toList());
    }

    @Test
    void tenObjectivesAddedAtOnceTakeThePositionsOneToTen() throws Exception {
        addConcurrently(i -> editing.add(
                PartKind.OBJECTIVE, planId, new ObjectiveDetails("Objective " + i, Dimension.POLITICAL, null)));

        assertThat(positions("plan_objective"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, PLANNERS).boxed().toList());
    }

    @Test
    void deletingAPartClosesTheGapAndMovesStillSwap() {
        long first = editing.add(PartKind.TASK, planId, task("First"));
        long second = editing.add(PartKind.TASK, planId, task("Second"));
        long third = editing.add(PartKind.TASK, planId, task("Third"));

        editing.delete(PartKind.TASK, planId, second, version(second));
        assertThat(positions("plan_task")).containsExactly(1, 2);

        editing.move(PartKind.TASK, planId, third, version(third), PlanEditing.Direction.UP);
        assertThat(jdbc.queryForList(
                        "select id from plan_task where plan_id = ? order by position", Long.class, planId))
                .containsExactly(third, first);
    }

    /**
     * A planner changes the third task while another deletes the second: the change read the task
     * at position 3, then waited for the deletion, which moved it to 2 (and the fourth to 3) without
     * changing its version. The change must not write its stale position back: that gave two tasks
     * position 3 and a 500 (found by scripts/reliability/run.sh), or a gap when the task was last.
     */
    @Test
    void aChangeThatWaitedForADeletionKeepsThePositionTheDeletionGaveIt() throws Exception {
        editing.add(PartKind.TASK, planId, task("First"));
        long second = editing.add(PartKind.TASK, planId, task("Second"));
        long third = editing.add(PartKind.TASK, planId, task("Third"));
        long fourth = editing.add(PartKind.TASK, planId, task("Fourth"));
        long thirdVersion = version(third);
        var transaction = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch deletionHoldsTheThird = new CountDownLatch(1);
            CountDownLatch changeWaits = new CountDownLatch(1);
            Future<?> deletion = pool.submit(() -> {
                signIn();
                try {
                    return transaction.execute(status -> {
                        jdbc.queryForList("select id from plan_task where id = ? for update", Long.class, third);
                        deletionHoldsTheThird.countDown();
                        await(changeWaits);
                        editing.delete(PartKind.TASK, planId, second, version(second));
                        return null;
                    });
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            deletionHoldsTheThird.await();
            Future<?> change = pool.submit(() -> {
                signIn();
                try {
                    editing.update(PartKind.TASK, planId, third, thirdVersion, task("Third, changed"));
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
            awaitABackendWaitingForALock();
            changeWaits.countDown();
            deletion.get();
            change.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForList(
                        "select title from plan_task where plan_id = ? order by position", String.class, planId))
                .containsExactly("First", "Third, changed", "Fourth");
        assertThat(positions("plan_task")).containsExactly(1, 2, 3);
        assertThat(version(fourth)).isZero();
    }

    /**
     * A change of a task takes the task's row, then its supporters' rows; a deletion that took the
     * supporters' rows first and then waited for the task's row deadlocked with it, and one of them
     * was answered 500 (found by scripts/reliability/run.sh). The deletion takes the task's row first.
     */
    @Test
    void aDeletionWaitsForAChangeOfTheTaskAndItsSupportersWithoutADeadlock() throws Exception {
        long task = editing.add(
                PartKind.TASK,
                planId,
                new TaskDetails(
                        "Supported",
                        null,
                        null,
                        null,
                        null,
                        Party.unit(world.headUnitId()),
                        List.of(Party.unit(world.ddrUnitId()), Party.unit(world.policeUnitId())),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        long taskVersion = version(task);
        var transaction = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch changeHoldsTheTask = new CountDownLatch(1);
            CountDownLatch deletionWaits = new CountDownLatch(1);
            // a change as Hibernate writes it: the task's row, then its supporters' rows
            Future<?> change = pool.submit(() -> transaction.execute(status -> {
                jdbc.update("update plan_task set title = 'Supported, changed' where id = ?", task);
                changeHoldsTheTask.countDown();
                await(deletionWaits);
                jdbc.update("update plan_task_supporter set unit_id = unit_id where task_id = ?", task);
                return null;
            }));
            changeHoldsTheTask.await();
            Future<?> deletion = pool.submit(() -> {
                signIn();
                try {
                    editing.delete(PartKind.TASK, planId, task, taskVersion);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
            awaitABackendWaitingForALock();
            deletionWaits.countDown();
            change.get();
            deletion.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from plan_task where id = ?", Integer.class, task))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_task_supporter where task_id = ?", Integer.class, task))
                .isZero();
    }

    private void awaitABackendWaitingForALock() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (jdbc.queryForObject(
                        "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
                        Integer.class)
                == 0) {
            assertThat(System.nanoTime() - deadline)
                    .as("the change waits for the deletion")
                    .isNegative();
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDatabaseRefusesTwoPartsAtOnePosition() {
        editing.add(PartKind.TASK, planId, task("First"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                        "insert into plan_task (plan_id, position, title) values (?, 1, 'Duplicate')", planId))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_plan_task_position");
    }

    private void addConcurrently(IntConsumer add) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PLANNERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < PLANNERS; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    signIn();
                    try {
                        start.await();
                        add.accept(index);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface IntConsumer {
        void accept(int index) throws Exception;
    }

    private List<Integer> positions(String table) {
        return jdbc.queryForList(
                "select position from " + table + " where plan_id = ? order by position", Integer.class, planId);
    }

    private long version(long taskId) {
        return jdbc.queryForObject("select version from plan_task where id = ?", Long.class, taskId);
    }

    private TaskDetails task(String title) {
        return new TaskDetails(
                title,
                null,
                null,
                null,
                null,
                Party.unit(world.headUnitId()),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private void signIn() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        world.plannerUsername(), null, AuthorityUtils.createAuthorityList("ROLE_USER")));
    }
}
