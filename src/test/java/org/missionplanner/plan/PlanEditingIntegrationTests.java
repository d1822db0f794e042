package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.Party;
import org.missionplanner.monitoring.MeasurementDetails;
import org.missionplanner.monitoring.MonitoringRecording;
import org.missionplanner.monitoring.PlanMonitoring;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Planners build a plan on PostgreSQL; every rule holds before anything is saved. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanEditingIntegrationTests {

    @Autowired
    PlanEditing editing;

    @Autowired
    PlanQueries queries;

    @Autowired
    MonitoringRecording monitoring;

    @Autowired
    PlanMonitoring monitoringRecord;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    PlanWorld world;
    PlanWorld otherWorld;
    long planId;
    long objectiveId;
    long resultId;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        otherWorld = PlanWorld.create(jdbc, encoder);
        signIn(world.plannerUsername());
        planId = editing.createPlan(
                world.missionId(),
                new PlanDetails(
                        PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                        "ISF 2026-2027",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        "Peace consolidated",
                        null));
        objectiveId = editing.add(
                PartKind.OBJECTIVE, planId, new ObjectiveDetails("Security sector reformed", Dimension.SECURITY, null));
        resultId =
                editing.add(PartKind.RESULT, planId, new ResultDetails(objectiveId, "National police deployed", null));
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        world.delete();
        otherWorld.delete();
    }

    @Test
    void aTaskUnderAResultServesTheResultsObjective() {
        long taskId = editing.add(
                PartKind.TASK,
                planId,
                task(
                        Party.unit(world.policeUnitId()),
                        List.of(Party.unit(world.ddrUnitId()), Party.organisation(world.organisationId()))));

        TaskView task = queries.outline(planId).allTasks().get(0);
        assertThat(task.id()).isEqualTo(taskId);
        assertThat(task.objectiveId()).isEqualTo(objectiveId);
        assertThat(task.lead().name()).isEqualTo("UNPOL");
        assertThat(task.supporters())
                .extracting(s -> s.name())
                .containsExactly("DDR Section", world.organisationAcronym());
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsSaved() {
        assertRefused(
                () -> editing.add(PartKind.TASK, planId, task(Party.unit(otherWorld.headUnitId()), List.of())),
                "lead",
                "plan.actor.unitOfAnotherMission");
        assertRefused(
                () -> editing.add(PartKind.TASK, planId, task(null, List.of())), "lead", "plan.task.lead.required");
        assertRefused(
                () -> editing.add(
                        PartKind.TASK,
                        planId,
                        task(Party.unit(world.headUnitId()), List.of(Party.unit(world.headUnitId())))),
                "supporters",
                "plan.task.supporter.isLead");
        assertRefused(
                () -> editing.add(PartKind.TASK, planId, withAmount(new BigDecimal("-1"))),
                "amount",
                "plan.task.amount.negative");
        assertRefused(
                () -> editing.add(
                        PartKind.INDICATOR,
                        planId,
                        new IndicatorDetails(
                                resultId,
                                "Officers trained",
                                "people",
                                BigDecimal.ZERO,
                                LocalDate.of(2026, 6, 1),
                                BigDecimal.TEN,
                                LocalDate.of(2026, 1, 1),
                                null,
                                null)),
                "targetOn",
                "plan.indicator.targetBeforeBaseline");
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, planId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan_indicator where plan_id = ?", Integer.class, planId))
                .isZero();
    }

    @Test
    void onlyADraftChanges() {
        jdbc.update("update plan set status = 'APPROVED' where id = ?", planId);

        assertThatThrownBy(() -> editing.add(PartKind.TASK, planId, task(Party.unit(world.headUnitId()), List.of())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("plan.notEditable");
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, planId))
                .isZero();
    }

    @Test
    void aViewerCannotChangeThePlan() {
        signIn(world.viewerUsername());

        assertThatThrownBy(() ->
                        editing.add(PartKind.OBJECTIVE, planId, new ObjectiveDetails("x", Dimension.POLITICAL, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void twoPlannersEditingDifferentTasksDoNotConflictButOnTheSameTaskTheSecondIsRefused() {
        long first = editing.add(PartKind.TASK, planId, task(Party.unit(world.headUnitId()), List.of()));
        long second = editing.add(PartKind.TASK, planId, task(Party.unit(world.ddrUnitId()), List.of()));

        editing.update(PartKind.TASK, planId, first, 0, task(Party.unit(world.policeUnitId()), List.of()));
        editing.update(PartKind.TASK, planId, second, 0, task(Party.unit(world.policeUnitId()), List.of()));
        assertThatThrownBy(() ->
                        editing.update(PartKind.TASK, planId, first, 0, task(Party.unit(world.ddrUnitId()), List.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(jdbc.queryForObject("select lead_unit_id from plan_task where id = ?", Long.class, first))
                .isEqualTo(world.policeUnitId());
    }

    @Test
    void editingOneTaskWritesOnlyThatTasksRows() {
        long taskId = editing.add(
                PartKind.TASK, planId, task(Party.unit(world.headUnitId()), List.of(Party.unit(world.ddrUnitId()))));
        editing.add(PartKind.TASK, planId, task(Party.unit(world.ddrUnitId()), List.of()));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            editing.update(
                    PartKind.TASK,
                    planId,
                    taskId,
                    0,
                    task(Party.unit(world.headUnitId()), List.of(Party.unit(world.policeUnitId()))));
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        // the history records the change beside it (audit rows and a revision); of the plan's own rows only the task
        // changes
        assertThat(statistics.getEntityStatistics(PlanTask.class.getName()).getUpdateCount())
                .isEqualTo(1);
        for (String entity : statistics.getEntityNames()) {
            if (!entity.endsWith("_AUD") && !entity.endsWith(".Revision") && !entity.equals(PlanTask.class.getName())) {
                var changes = statistics.getEntityStatistics(entity);
                assertThat(changes.getInsertCount() + changes.getUpdateCount() + changes.getDeleteCount())
                        .as("rows of %s written", entity)
                        .isZero();
            }
        }
        assertThat(jdbc.queryForObject("select version from plan_task where id = ?", Long.class, taskId))
                .isEqualTo(1);
    }

    @Test
    void objectivesMoveAmongThemselves() {
        long second = editing.add(
                PartKind.OBJECTIVE, planId, new ObjectiveDetails("Rule of law", Dimension.RULE_OF_LAW, null));

        editing.move(PartKind.OBJECTIVE, planId, second, 0, PlanEditing.Direction.UP);

        assertThat(queries.outline(planId).objectives())
                .extracting(o -> o.objective().title())
                .containsExactly("Rule of law", "Security sector reformed");
    }

    @Test
    void measurementsAreRecordedWithWhoRecordedThem() {
        long indicatorId = editing.add(
                PartKind.INDICATOR,
                planId,
                new IndicatorDetails(
                        resultId,
                        "Officers deployed",
                        "people",
                        BigDecimal.ZERO,
                        LocalDate.of(2026, 1, 1),
                        new BigDecimal("3500"),
                        LocalDate.of(2027, 12, 31),
                        "UNPOL",
                        IndicatorFrequency.QUARTERLY));

        monitoring.recordMeasurement(
                planId,
                indicatorId,
                new MeasurementDetails(new BigDecimal("1750"), LocalDate.of(2026, 12, 31), "Half way"));

        IndicatorView indicator = queries.outline(planId).allIndicators().get(0);
        assertThat(indicator.latestValue()).isEqualByComparingTo("1750");
        assertThat(indicator.progressPercent()).isEqualTo(50);
        assertThat(monitoringRecord.measurements(planId, indicatorId))
                .singleElement()
                .satisfies(m -> assertThat(m.recordedBy()).isEqualTo(world.plannerUsername()));
    }

    private TaskDetails task(Party lead, List<Party> supporters) {
        return new TaskDetails(
                "Train national police",
                null,
                null,
                resultId,
                null,
                lead,
                supporters,
                "Liberia National Police",
                FundingSource.ASSESSED,
                new BigDecimal("250000"),
                "USD",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31),
                TimeHorizon.IMMEDIATE,
                TaskStatus.NOT_STARTED);
    }

    private TaskDetails withAmount(BigDecimal amount) {
        return new TaskDetails(
                "Train national police",
                null,
                objectiveId,
                null,
                null,
                Party.unit(world.headUnitId()),
                List.of(),
                null,
                FundingSource.VOLUNTARY,
                amount,
                "USD",
                null,
                null,
                null,
                null);
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
    }
}
