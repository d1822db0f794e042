package org.missionplanner.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.Party;
import org.missionplanner.partner.Arrangement;
import org.missionplanner.partner.Assessment;
import org.missionplanner.partner.PartnershipDetails;
import org.missionplanner.partner.Partnerships;
import org.missionplanner.partner.Principle;
import org.missionplanner.partner.PrincipleAssessment;
import org.missionplanner.partner.Sector;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.plan.TaskDetails;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TimeHorizon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Changes made through the services are recorded with who made them and read back as sentences. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryIntegrationTests {

    @Autowired
    History history;

    @Autowired
    HistoryWording wording;

    @Autowired
    PlanEditing plans;

    @Autowired
    Partnerships partnerships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;

    @BeforeEach
    void signIn() {
        world = PlanWorld.create(jdbc, encoder);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        world.plannerUsername(), null, AuthorityUtils.createAuthorityList("ROLE_USER")));
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        world.delete();
    }

    /** A draft ISF of the world's mission, 2026-2027. */
    private long newPlan() {
        return plans.createPlan(
                world.missionId(),
                new PlanDetails(
                        PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                        "ISF",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        null,
                        null));
    }

    @Test
    void changingALeadReadsAsASentenceWithWhoDidIt() {
        long planId = newPlan();
        long objectiveId =
                plans.add(PartKind.OBJECTIVE, planId, new ObjectiveDetails("Security", Dimension.SECURITY, null));
        long taskId = plans.add(
                PartKind.TASK,
                planId,
                task(
                        objectiveId,
                        Party.unit(world.policeUnitId()),
                        List.of(Party.organisation(world.organisationId()))));
        plans.update(
                PartKind.TASK,
                planId,
                taskId,
                0,
                task(objectiveId, Party.unit(world.ddrUnitId()), List.of(Party.organisation(world.organisationId()))));

        var lines = wording.lines(history.ofPlan(planId, 50), Locale.ENGLISH);

        assertThat(lines).first().satisfies(line -> {
            assertThat(line.username()).isEqualTo(world.plannerUsername());
            assertThat(line.sentences())
                    .containsExactly(world.plannerUsername()
                            + " changed lead of task “Train national police” from UNPOL to DDR Section");
        });
        assertThat(lines)
                .extracting(HistoryWording.Line::sentences)
                .flatMap(s -> s)
                .contains(
                        world.plannerUsername() + " added task “Train national police”",
                        world.plannerUsername() + " added objective “Security”");
    }

    /** The newest entries read only a window of revisions, and still compare with the version before it. */
    @Test
    void aShortHistoryReadsOnlyItsWindowAndMatchesTheFullOne() {
        long planId = newPlan();
        long objectiveId =
                plans.add(PartKind.OBJECTIVE, planId, new ObjectiveDetails("Title 0", Dimension.SECURITY, null));
        for (int edit = 1; edit <= 40; edit++) {
            plans.update(
                    PartKind.OBJECTIVE,
                    planId,
                    objectiveId,
                    edit - 1,
                    new ObjectiveDetails("Title " + edit, Dimension.SECURITY, null));
        }

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        List<HistoryEntry> newest;
        try {
            newest = history.ofPlan(planId, 5);
            assertThat(rowsRead(statistics))
                    .as("rows read for the 5 newest of 42 recorded versions")
                    .isLessThanOrEqualTo(15);
            statistics.clear();
            history.ofPlan(planId, 200);
            assertThat(rowsRead(statistics)).as("rows read for all of them").isGreaterThan(42);
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(newest).hasSize(5).isEqualTo(history.ofPlan(planId, 200).subList(0, 5));
        assertThat(newest.get(4).changes()).singleElement().satisfies(change -> {
            assertThat(change.before()).isEqualTo("Title 35");
            assertThat(change.after()).isEqualTo("Title 36");
        });
    }

    /** Rows returned by the queries over the audit tables (Envers names their entities ..._AUD). */
    private static long rowsRead(Statistics statistics) {
        return Arrays.stream(statistics.getQueries())
                .filter(query -> query.contains("_AUD"))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionRowCount())
                .sum();
    }

    @Test
    void theMissionHistoryIncludesPartnershipsAndPlans() {
        partnerships.add(
                world.missionId(),
                new PartnershipDetails(
                        world.organisationId(),
                        Arrangement.DONOR,
                        LocalDate.of(2026, 1, 1),
                        null,
                        Set.of(Sector.SECURITY),
                        List.of(),
                        null,
                        null,
                        Map.of(Principle.CONSULTATION, new PrincipleAssessment(Assessment.MET, "regular meetings")),
                        null));
        plans.createPlan(
                world.missionId(),
                new PlanDetails(
                        PlanKind.MISSION_CONCEPT,
                        "Concept",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        null,
                        null));

        var entries = history.ofMission(world.missionId(), 50);

        assertThat(entries).extracting(HistoryEntry::subjectKind).contains("Partnership", "Plan");
        assertThat(entries)
                .filteredOn(e -> e.subjectKind().equals("Partnership"))
                .extracting(HistoryEntry::subjectLabel)
                .containsOnly(world.organisationAcronym());
        assertThat(entries).allSatisfy(e -> assertThat(e.username()).isEqualTo(world.plannerUsername()));
    }

    @Test
    void movedTasksAndChangedStatusesReadWithNamesAndInTheReadersLanguage() {
        long planId = newPlan();
        long security =
                plans.add(PartKind.OBJECTIVE, planId, new ObjectiveDetails("Security", Dimension.SECURITY, null));
        long justice =
                plans.add(PartKind.OBJECTIVE, planId, new ObjectiveDetails("Justice", Dimension.RULE_OF_LAW, null));
        Party police = Party.unit(world.policeUnitId());
        long taskId = plans.add(PartKind.TASK, planId, task(security, police, List.of()));
        TaskDetails moved = task(justice, police, List.of());
        plans.update(
                PartKind.TASK,
                planId,
                taskId,
                0,
                new TaskDetails(
                        moved.title(),
                        moved.description(),
                        moved.objectiveId(),
                        moved.resultId(),
                        moved.mandateCategory(),
                        moved.lead(),
                        moved.supporters(),
                        moved.nationalCounterpart(),
                        moved.fundingSource(),
                        moved.amount(),
                        moved.currency(),
                        moved.startOn(),
                        moved.endOn(),
                        moved.horizon(),
                        TaskStatus.ON_TRACK));

        List<String> english =
                wording.lines(history.ofPlan(planId, 50), Locale.ENGLISH).get(0).sentences();
        List<String> french =
                wording.lines(history.ofPlan(planId, 50), Locale.FRENCH).get(0).sentences();

        String who = world.plannerUsername();
        assertThat(english)
                .containsExactlyInAnyOrder(
                        who + " changed objective of task “Train national police” from Security to Justice",
                        who + " changed status of task “Train national police” from Not started to On track");
        assertThat(french)
                .containsExactlyInAnyOrder(
                        who + " a changé l'objectif de la tâche « Train national police » de Security à Justice",
                        who
                                + " a changé le statut de la tâche « Train national police » de Pas commencée à En bonne voie");
        assertThat(wording.lines(history.ofPlan(planId, 50), Locale.ENGLISH)
                        .get(0)
                        .changes())
                .extracting(HistoryEntry.FieldChange::after)
                .containsExactlyInAnyOrder("Justice", "On track");
    }

    private static TaskDetails task(long objectiveId, Party lead, List<Party> supporters) {
        return new TaskDetails(
                "Train national police",
                null,
                objectiveId,
                null,
                null,
                lead,
                supporters,
                null,
                FundingSource.ASSESSED,
                new BigDecimal("1000"),
                "USD",
                null,
                null,
                TimeHorizon.IMMEDIATE,
                TaskStatus.NOT_STARTED);
    }
}
