package org.missionplanner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.LargePlan;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.review.PlanComparison.Change;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Comparing two versions of a plan, or the live draft with its approved version. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanComparisonIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanReview review;

    @Autowired
    ReviewQueries queries;

    @Autowired
    PlanComments comments;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    PlanWorld world;
    ReviewActors actors;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        actors = ReviewActors.create(jdbc, encoder, users, world);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
        actors.delete();
    }

    @Test
    void theComparisonListsAddedRemovedAndChangedElementsWithTheirFieldsOldAndNew() throws Exception {
        SmallPlan plan = SmallPlan.create(jdbc, world);
        submit(plan.planId());
        returnIt(plan.planId());
        jdbc.update(
                "update plan_task set title = 'Train and equip the national police', lead_unit_id = ?, amount = 2500 where id = ?",
                world.ddrUnitId(),
                plan.firstTaskId());
        jdbc.update("delete from plan_task where id = ?", plan.secondTaskId());
        jdbc.update("update plan_indicator set target_value = 200 where id = ?", plan.indicatorId());
        jdbc.update("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 2, 'Protect civilians', 'HUMANITARIAN')""", plan.planId());
        // monitoring is not planning: a new measurement changes nothing in the comparison
        jdbc.update("""
                insert into indicator_measurement (plan_id, indicator_id, value, measured_on, recorded_by)
                values (?, ?, 80, date '2026-09-30', 'test')""", plan.planId(), plan.indicatorId());
        submit(plan.planId());

        PlanComparison comparison = actors.as(actors.reviewer(), () -> queries.compare(plan.planId(), 1, 2));

        assertThat(comparison.counts())
                .extracting(
                        PlanComparison.Counts::type,
                        PlanComparison.Counts::added,
                        PlanComparison.Counts::removed,
                        PlanComparison.Counts::changed)
                .containsExactly(
                        tuple(ElementType.PLAN, 0, 0, 0),
                        tuple(ElementType.OBJECTIVE, 1, 0, 0),
                        tuple(ElementType.RESULT, 0, 0, 0),
                        tuple(ElementType.INDICATOR, 0, 0, 1),
                        tuple(ElementType.TASK, 0, 1, 1),
                        tuple(ElementType.BENCHMARK, 0, 0, 0),
                        tuple(ElementType.RISK, 0, 0, 0));
        var changedTask = comparison.differences().stream()
                .filter(d -> d.key().equals("task-" + plan.firstTaskId()))
                .findFirst()
                .orElseThrow();
        assertThat(changedTask.change()).isEqualTo(Change.CHANGED);
        assertThat(changedTask.fields())
                .extracting(
                        PlanComparison.FieldChange::field,
                        PlanComparison.FieldChange::before,
                        PlanComparison.FieldChange::after)
                .containsExactlyInAnyOrder(
                        tuple("title", "Train the national police", "Train and equip the national police"),
                        tuple("amount", "1000", "2500"),
                        tuple("lead", "UNPOL", "DDR Section"));
        assertThat(comparison.differences())
                .filteredOn(d -> d.change() == Change.REMOVED)
                .extracting(PlanComparison.ElementDiff::title)
                .containsExactly("Vet recruits");
        assertThat(comparison.differences())
                .filteredOn(d -> d.type() == ElementType.INDICATOR)
                .singleElement()
                .satisfies(d -> assertThat(d.fields())
                        .extracting(PlanComparison.FieldChange::before, PlanComparison.FieldChange::after)
                        .containsExactly(tuple("100", "200")));
        assertThat(actors.as(actors.reviewer(), () -> queries.compare(plan.planId(), 2, 2))
                        .identical())
                .isTrue();
    }

    @Test
    void benchmarksAndRisksAreComparedAndCommentedOnLikeTheOtherElements() throws Exception {
        SmallPlan plan = SmallPlan.create(jdbc, world);
        long riskId = jdbc.queryForObject("""
                insert into plan_risk (plan_id, position, description, dilemma, likelihood, impact, owner_unit_id)
                values (?, 1, 'Spoilers attack the sites', 'HUMAN_RIGHTS', 'MEDIUM', 'HIGH', ?) returning id""", Long.class, plan.planId(), world.ddrUnitId());
        submit(plan.planId());
        returnIt(plan.planId());
        jdbc.update("update plan_risk set likelihood = 'HIGH', mitigation = 'Patrols' where id = ?", riskId);
        long benchmarkId = jdbc.queryForObject("""
                insert into plan_benchmark (plan_id, position, description, due_on, transition)
                values (?, 1, 'Police deployed in every county', date '2027-06-30', true) returning id""", Long.class, plan.planId());
        submit(plan.planId());

        PlanComparison comparison = actors.as(actors.reviewer(), () -> queries.compare(plan.planId(), 1, 2));

        assertThat(comparison.groups())
                .extracting(PlanComparison.Group::type)
                .containsExactly(ElementType.BENCHMARK, ElementType.RISK);
        assertThat(comparison.differences())
                .filteredOn(d -> d.type() == ElementType.BENCHMARK)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.change()).isEqualTo(Change.ADDED);
                    assertThat(d.title()).isEqualTo("Police deployed in every county");
                });
        assertThat(comparison.differences())
                .filteredOn(d -> d.type() == ElementType.RISK)
                .singleElement()
                .satisfies(d -> assertThat(d.fields())
                        .extracting(
                                PlanComparison.FieldChange::field,
                                PlanComparison.FieldChange::before,
                                PlanComparison.FieldChange::after,
                                PlanComparison.FieldChange::messagePrefix)
                        .containsExactlyInAnyOrder(
                                tuple("likelihood", "MEDIUM", "HIGH", "plan.level."),
                                tuple("mitigation", "", "Patrols", null)));

        long onRisk = actors.as(
                actors.reviewer(),
                () -> comments.comment(plan.planId(), ElementType.RISK, riskId, null, "Who patrols?"));
        long onBenchmark = actors.as(
                actors.reviewer(),
                () -> comments.comment(plan.planId(), ElementType.BENCHMARK, benchmarkId, null, "Realistic?"));
        assertThat(onRisk).isNotEqualTo(onBenchmark);
        assertThat(actors.as(world.plannerUsername(), () -> comments.commentsByElement(plan.planId())))
                .containsKeys("risk-" + riskId, "benchmark-" + benchmarkId);
        assertThatThrownBy(() -> actors.as(
                        actors.reviewer(),
                        () -> comments.comment(plan.planId(), ElementType.RISK, riskId + 100000, null, "Which?")))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theDraftIsComparedWithTheApprovedVersion() throws Exception {
        SmallPlan plan = SmallPlan.create(jdbc, world);
        assertThat(actors.as(world.plannerUsername(), () -> queries.compareWithApproved(plan.planId())))
                .isEmpty();
        submit(plan.planId());
        actors.run(actors.reviewer(), () -> review.approve(plan.planId(), version(plan.planId()), null));
        actors.run(world.plannerUsername(), () -> review.startNewDraft(plan.planId(), version(plan.planId())));
        assertThat(actors.as(world.plannerUsername(), () -> queries.compareWithApproved(plan.planId())))
                .hasValueSatisfying(c -> assertThat(c.identical()).isTrue());

        jdbc.update("update plan_task set status = 'AT_RISK' where id = ?", plan.firstTaskId());

        PlanComparison comparison = actors.as(world.plannerUsername(), () -> queries.compareWithApproved(plan.planId()))
                .orElseThrow();
        assertThat(comparison.before()).isEqualTo(1);
        assertThat(comparison.after()).isNull();
        assertThat(comparison.differences())
                .singleElement()
                .satisfies(d -> assertThat(d.fields())
                        .extracting(
                                PlanComparison.FieldChange::field,
                                PlanComparison.FieldChange::after,
                                PlanComparison.FieldChange::messagePrefix)
                        .containsExactly(tuple("status", "AT_RISK", "plan.taskStatus.")));
    }

    @Test
    void comparingAThousandTaskPlanWithItsPreviousVersionTakesAsManyStatementsAsAOneTaskPlan() throws Exception {
        long large = LargePlan.create(jdbc, world.missionId()).planId();
        long small = SmallPlan.create(jdbc, world).planId();
        for (long planId : new long[] {large, small}) {
            submit(planId);
            returnIt(planId);
            jdbc.update(
                    "update plan_task set title = title || ' (revised)' where id = (select min(id) from plan_task where plan_id = ?)",
                    planId);
            submit(planId);
        }
        var counter = new StatementCounter(entityManagerFactory);

        long forSmall = count(counter, small);
        PlanComparison[] largeComparison = new PlanComparison[1];
        long forLarge = counter.count(
                () -> largeComparison[0] = actors.as(actors.reviewer(), () -> queries.compare(large, 1, 2)));

        assertThat(largeComparison[0].differences())
                .singleElement()
                .satisfies(d -> assertThat(d.title()).endsWith("(revised)"));
        assertThat(forLarge)
                .as("statements for 1,000 tasks (1 task: %d)", forSmall)
                .isEqualTo(forSmall);
        assertThat(forSmall).isBetween(1L, 5L);

        for (long planId : new long[] {large, small}) {
            actors.run(actors.reviewer(), () -> review.approve(planId, version(planId), null));
            actors.run(world.plannerUsername(), () -> review.startNewDraft(planId, version(planId)));
        }
        long draftForSmall =
                counter.count(() -> actors.as(world.plannerUsername(), () -> queries.compareWithApproved(small)));
        long draftForLarge =
                counter.count(() -> actors.as(world.plannerUsername(), () -> queries.compareWithApproved(large)));
        assertThat(draftForLarge)
                .as("draft against approved, 1,000 tasks (1 task: %d)", draftForSmall)
                .isEqualTo(draftForSmall);
        assertThat(draftForSmall).isLessThan(25L);
    }

    private long count(StatementCounter counter, long planId) throws Exception {
        return counter.count(() -> actors.as(actors.reviewer(), () -> queries.compare(planId, 1, 2)));
    }

    private void submit(long planId) throws Exception {
        actors.run(world.plannerUsername(), () -> review.submit(planId, version(planId), null));
    }

    private void returnIt(long planId) throws Exception {
        actors.run(actors.reviewer(), () -> review.returnForChanges(planId, version(planId), "Revise"));
    }

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }

    /** One objective with one result, one indicator and two tasks. */
    record SmallPlan(long planId, long indicatorId, long firstTaskId, long secondTaskId) {

        static SmallPlan create(JdbcTemplate jdbc, PlanWorld world) {
            long planId = jdbc.queryForObject("""
                    insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT',
                    'Small plan', date '2026-01-01', date '2027-12-31') returning id""", Long.class, world.missionId());
            long objective = jdbc.queryForObject("""
                    insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Security', 'SECURITY')
                    returning id""", Long.class, planId);
            long result = jdbc.queryForObject("""
                    insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1, 'Police deployed')
                    returning id""", Long.class, planId, objective);
            long indicator = jdbc.queryForObject("""
                    insert into plan_indicator (plan_id, result_id, position, definition, baseline_value, target_value)
                    values (?, ?, 1, 'Officers deployed', 0, 100.0000) returning id""", Long.class, planId, result);
            long first = task(jdbc, planId, objective, result, 1, "Train the national police", world.policeUnitId());
            long second = task(jdbc, planId, objective, result, 2, "Vet recruits", world.headUnitId());
            return new SmallPlan(planId, indicator, first, second);
        }

        private static long task(
                JdbcTemplate jdbc, long planId, long objective, long result, int position, String title, long lead) {
            return jdbc.queryForObject("""
                    insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id, amount, currency)
                    values (?, ?, ?, ?, ?, ?, 1000.00, 'USD') returning id""", Long.class, planId, objective, result, position, title, lead);
        }
    }
}
