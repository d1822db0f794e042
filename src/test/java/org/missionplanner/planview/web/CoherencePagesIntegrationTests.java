package org.missionplanner.planview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.CoherencePlan;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The coherence report, the task lists behind it, and monitoring, over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CoherencePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    CoherencePlan plan;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        plan = CoherencePlan.create(jdbc, world);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void theCoherencePageShowsTheFiguresAndLinksEachToItsTasks() {
        var page = signedIn(world.viewerUsername()).get(plans("/coherence"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Strategic deficit: 25 % unlinked")
                .contains("3 of 4 tasks serve a strategic objective.")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?filter=unlinked\"")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?filter=noLead\"")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?funding=UNFUNDED\"")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?dimension=SECURITY\"")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?horizon=LONG_TERM\"")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?status=AT_RISK\"")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?actor=unit-" + world.ddrUnitId() + "\"")
                .contains("2 of 3 mandated task categories have a plan task.")
                .contains("Elections")
                .contains("href=\"/missions/" + world.missionId() + "/mandate\"")
                .contains("USD 2,300,000")
                .contains("Restore the justice chain")
                .contains("class=\"bar-chart\"")
                .contains("The four elements of coherence", "data-element=\"WHOLE_OF_GOVERNMENT\"", "Not measured")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?filter=shared\"")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?filter=missionJoint\"");
        assertThat(page.body()).doesNotContain("Record a measurement");
    }

    @Test
    void aPlanOfPastYearsIsJudgedAgainstTheMandatesOfItsPeriodNotTodays() {
        long old = jdbc.queryForObject("""
                insert into resolution (mission_id, symbol, adopted_on, expires_on) values (?, 'S/RES/1626 (2005)',
                date '2005-09-19', date '2006-09-30') returning id""", Long.class, world.missionId());
        jdbc.update("""
                insert into mandated_task (resolution_id, position, category, modality)
                values (?, 0, 'DDR', 'ASSIST_SUPPORT'), (?, 1, 'HUMAN_RIGHTS', 'MONITOR')""", old, old);
        jdbc.update(
                "update plan set period_start = date '2006-01-01', period_end = date '2006-12-31' where id = ?",
                plan.planId());

        var page = signedIn(world.viewerUsername()).get(plans("/coherence"));

        assertThat(page.body())
                .contains("Mandate in force during the plan period: S/RES/1626 (2005)")
                .contains("1 of 2 mandated task categories have a plan task.")
                .doesNotContain("S/RES/1509 (2003)");

        jdbc.update(
                "update plan set period_start = date '1990-01-01', period_end = date '1990-12-31' where id = ?",
                plan.planId());
        assertThat(signedIn(world.viewerUsername()).get(plans("/coherence")).body())
                .contains("No mandate of this mission was in force during the plan period.");
    }

    @Test
    void theTaskListShowsExactlyTheTasksBehindAFigure() {
        var session = signedIn(world.viewerUsername());

        assertThat(titles(session.get(plans("/tasks?filter=unlinked"))))
                .containsExactly("Community radio on reconciliation");
        assertThat(titles(session.get(plans("/tasks?filter=noLead"))))
                .containsExactly("Community radio on reconciliation");
        assertThat(titles(session.get(plans("/tasks?filter=counterpart"))))
                .containsExactly("Canton and disarm ex-combatants", "Train magistrates");
        assertThat(titles(session.get(plans("/tasks?dimension=SECURITY"))))
                .containsExactly("Canton and disarm ex-combatants", "Pay reintegration grants");
        assertThat(titles(session.get(plans("/tasks?horizon=POLITICAL_TIMETABLE"))))
                .containsExactly("Train magistrates");
        assertThat(titles(session.get(plans("/tasks?funding=VOLUNTARY")))).containsExactly("Pay reintegration grants");
        assertThat(titles(session.get(plans("/tasks?status=NOT_STARTED"))))
                .containsExactly("Train magistrates", "Community radio on reconciliation");
        assertThat(titles(session.get(plans("/tasks?actor=organisation-" + world.organisationId()))))
                .containsExactly("Pay reintegration grants");
        assertThat(titles(session.get(plans("/tasks?dimension=SECURITY&status=AT_RISK"))))
                .containsExactly("Pay reintegration grants");
        var all = session.get(plans("/tasks"));
        assertThat(titles(all)).hasSize(4);
        assertThat(all.body())
                .contains("href=\"/plans/" + plan.planId() + "/tasks/" + plan.radioTaskId() + "/in-outline\"")
                .contains("Showing 4 of 4 tasks.")
                .contains("hx-get=\"/plans/" + plan.planId() + "/tasks\"")
                .contains("hx-select=\"#task-results\"");

        assertThat(session.get(plans("/tasks?dimension=NOT_A_DIMENSION")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void theApiGivesTheSameFiguresAsJson() {
        var session = signedIn(world.viewerUsername());
        session.get("/");

        var response = session.send(session.request("/api/v1/plans/" + plan.planId() + "/coherence")
                .header("Accept", "application/json")
                .GET()
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        String json = response.body();
        assertThat(JsonPath.<Integer>read(json, "$.taskCount")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(json, "$.linked.count")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(json, "$.unfunded.count")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(json, "$.mandate.uncovered")).containsExactly("ELECTIONS");
        assertThat(JsonPath.<List<String>>read(json, "$.objectivesWithoutResults[*].title"))
                .containsExactly("Restore the justice chain");
        assertThat(JsonPath.<List<String>>read(json, "$.topLeads[*].actor.key")).hasSize(3);
        assertThat(JsonPath.<List<String>>read(json, "$.elements[*].code"))
                .containsExactly("AGENCY", "WHOLE_OF_GOVERNMENT", "INTER_AGENCY", "INTERNAL_EXTERNAL");

        var unknown = session.send(session.request("/api/v1/plans/" + (plan.planId() + 100000) + "/coherence")
                .header("Accept", "application/json")
                .GET()
                .build());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }

    @Test
    void aPlannerRecordsAMeasurementAndBadInputIsAFieldErrorWithNothingSaved() {
        var session = signedIn(world.plannerUsername());
        var indicatorPage = session.get(plans("/indicators/" + plan.indicatorId()));
        assertThat(indicatorPage.body())
                .contains("Record the measurement")
                .contains("class=\"progress-chart\"")
                .contains("First cantonment phase");
        String action = plans("/indicators/" + plan.indicatorId() + "/measurements");

        var notANumber = session.postForm(action, measurement("many", "2026-09-30"));
        assertThat(notANumber.statusCode()).isEqualTo(200);
        assertThat(notANumber.body())
                .contains("Enter a number, such as 42 or 12.5.")
                .contains("id=\"value-errors\"");
        var missing = session.postForm(action, measurement("", ""));
        assertThat(missing.body()).contains("Enter the measured value.").contains("Enter the date of the measurement.");
        var tooLarge = session.postForm(action, measurement("123456789012345678", "2026-09-30"));
        assertThat(tooLarge.body()).contains("at most 14 digits");
        assertThat(measurements()).isEqualTo(1);

        var saved = session.postForm(action, measurement("4100.5", "2026-09-30"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).endsWith(plans("/indicators/" + plan.indicatorId())));
        assertThat(jdbc.queryForObject("""
                select recorded_by from indicator_measurement where indicator_id = ? and measured_on = date '2026-09-30'""", String.class, plan.indicatorId())).isEqualTo(world.plannerUsername());
        var after = session.get(plans("/indicators/" + plan.indicatorId()));
        assertThat(after.body())
                .contains("Measurement recorded.")
                .contains("4,100.5")
                .contains("measured-dot");

        Map<String, String> fromDashboard = measurement("5000", "2026-10-31");
        fromDashboard.put("back", "monitoring");
        assertThat(session.postForm(action, fromDashboard).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(plans("/monitoring")));
        assertThat(measurements()).isEqualTo(3);

        Map<String, String> badFromDashboard = measurement("lots", "2026-11-30");
        badFromDashboard.put("back", "monitoring");
        badFromDashboard.put("note", "Counted at the cantonment site");
        var stayed = session.postForm(action, badFromDashboard);
        assertThat(stayed.statusCode()).isEqualTo(200);
        assertThat(stayed.body())
                .as("the planner stays on the dashboard, the indicator's form open with what they typed")
                .contains("id=\"recent-measurements-heading\"")
                .contains("open=\"open\"")
                .contains("value=\"2026-11-30\"")
                .contains("value=\"lots\"")
                .contains("value=\"Counted at the cantonment site\"")
                .contains("Enter a number, such as 42 or 12.5.")
                .contains("id=\"value-" + plan.indicatorId() + "-errors\"");
        assertThat(measurements()).isEqualTo(3);
    }

    @Test
    void aViewerSeesMonitoringButCannotRecord() {
        var session = signedIn(world.viewerUsername());
        var monitoring = session.get(plans("/monitoring"));
        assertThat(monitoring.statusCode()).isEqualTo(200);
        assertThat(monitoring.body())
                .contains("Ex-combatants enrolled in reintegration programmes")
                .contains("Only the mission&#39;s planners record")
                .doesNotContain("Record the measurement");

        var refused =
                session.postForm(plans("/indicators/" + plan.indicatorId() + "/measurements"), measurement("", ""));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(measurements()).isEqualTo(1);
    }

    @Test
    void theMonitoringDashboardCountsByStatusAndListsOffTrackIndicators() {
        jdbc.update("""
                insert into plan_indicator (plan_id, result_id, position, definition, baseline_value, baseline_on, target_value,
                       target_on, frequency)
                values (?, ?, 3, 'Weapons collected', 0, date '2024-01-01', 100, date '2025-12-31', 'QUARTERLY')""", plan.planId(), plan.resultId());
        long late = jdbc.queryForObject(
                "select id from plan_indicator where definition = 'Weapons collected' and plan_id = ?",
                Long.class,
                plan.planId());
        jdbc.update("""
                insert into indicator_measurement (plan_id, indicator_id, value, measured_on, recorded_by)
                values (?, ?, 30, date '2025-06-30', 'fixture')""", plan.planId(), late);

        var page = signedIn(world.plannerUsername()).get(plans("/monitoring"));

        assertThat(page.statusCode()).isEqualTo(200);
        String offTrackSection = page.body()
                .substring(
                        page.body().indexOf("id=\"offtrack-heading\""),
                        page.body().indexOf("id=\"indicators-heading\""));
        assertThat(offTrackSection)
                .contains("Weapons collected")
                .doesNotContain("Ex-combatants enrolled in reintegration programmes");
        assertThat(page.body())
                .contains("4 tasks in all")
                .contains("href=\"/plans/" + plan.planId() + "/tasks?status=NOT_STARTED\"")
                .contains("aria-label=\"Record a measurement of Weapons collected\"")
                .contains("id=\"value-" + late + "\"");
    }

    @Test
    void aStatusReportChangesTheTaskAndAStaleOneIsAConflictThatKeepsTheNarrative() {
        var session = signedIn(world.plannerUsername());
        String taskPath = plans("/tasks/" + plan.grantsTaskId());
        assertThat(session.get(taskPath).body())
                .contains("Pay reintegration grants")
                .contains("No status report yet.");

        var missing = session.postForm(taskPath + "/status", Map.of("status", "", "narrative", "x", "version", "0"));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Choose the task&#39;s status.");
        assertThat(updates()).isZero();

        var saved = session.postForm(
                taskPath + "/status",
                Map.of("status", "OFF_TRACK", "narrative", "Donor funds delayed to next quarter", "version", "0"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from plan_task where id = ?", String.class, plan.grantsTaskId()))
                .isEqualTo("OFF_TRACK");

        var stale = session.postForm(
                taskPath + "/status", Map.of("status", "DONE", "narrative", "My stale narrative", "version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("someone changed this task in the meantime")
                .contains("My stale narrative")
                .contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.queryForObject("select status from plan_task where id = ?", String.class, plan.grantsTaskId()))
                .isEqualTo("OFF_TRACK");
        assertThat(updates()).isEqualTo(1);

        var history = session.get(taskPath);
        assertThat(history.body())
                .contains("Donor funds delayed to next quarter")
                .contains("by " + world.plannerUsername() + " on ")
                .contains("Status report recorded.");
        assertThat(signedIn(world.viewerUsername())
                        .postForm(taskPath + "/status", Map.of("status", "DONE", "narrative", "", "version", "1"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(updates()).isEqualTo(1);
    }

    @Test
    void progressIsNotRecordedOnAPlanInReview() {
        // a plan leaves the draft stage only when every task has its lead
        jdbc.update(
                "update plan_task set lead_unit_id = ? where plan_id = ? and lead_unit_id is null and lead_organisation_id is null",
                world.headUnitId(),
                plan.planId());
        jdbc.update("update plan set status = 'IN_REVIEW' where id = ?", plan.planId());
        var session = signedIn(world.plannerUsername());
        assertThat(session.get(plans("/monitoring")).body()).doesNotContain("Record the measurement");

        var refused = session.postForm(
                plans("/indicators/" + plan.indicatorId() + "/measurements"), measurement("10", "2026-09-30"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Progress is recorded only on a draft or on the approved plan in force.");
        var status = session.postForm(
                plans("/tasks/" + plan.radioTaskId() + "/status"),
                Map.of("status", "ON_TRACK", "narrative", "", "version", "0"));
        assertThat(status.body()).contains("Progress is recorded only on a draft");
        assertThat(measurements()).isEqualTo(1);
        assertThat(updates()).isZero();
    }

    @Test
    void anIndicatorOrTaskOfAnotherPlanIsNotFoundAndNothingIsRecordedOnIt() {
        long other = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT', 'Other',
                date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        var session = signedIn(world.plannerUsername());

        assertThat(session.get("/plans/" + other + "/indicators/" + plan.indicatorId())
                        .statusCode())
                .isEqualTo(404);
        assertThat(session.get("/plans/" + other + "/tasks/" + plan.radioTaskId())
                        .statusCode())
                .isEqualTo(404);
        assertThat(session.postForm(
                                "/plans/" + other + "/indicators/" + plan.indicatorId() + "/measurements",
                                measurement("10", "2026-09-30"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(session.postForm(
                                "/plans/" + other + "/tasks/" + plan.radioTaskId() + "/status",
                                Map.of("status", "DONE", "narrative", "", "version", "0"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(session.get("/plans/" + (other + 100000) + "/coherence").statusCode())
                .isEqualTo(404);
        assertThat(measurements()).isEqualTo(1);
        assertThat(updates()).isZero();
    }

    @Test
    void thePagesSpeakFrench() {
        var session = signedIn(world.plannerUsername());
        for (String path : List.of(
                "/coherence",
                "/tasks",
                "/monitoring",
                "/indicators/" + plan.indicatorId(),
                "/tasks/" + plan.grantsTaskId())) {
            var page = session.send(session.request(plans(path))
                    .header("Accept", "text/html")
                    .header("Accept-Language", "fr")
                    .GET()
                    .build());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("lang=\"fr\"");
        }
        var coherence = session.send(session.request(plans("/coherence"))
                .header("Accept", "text/html")
                .header("Accept-Language", "fr")
                .GET()
                .build());
        assertThat(coherence.body())
                .contains("Déficit stratégique : 25 % non rattachées")
                .contains("tâches sur 4 n&#39;ont personne pour les diriger.");
    }

    private static List<String> titles(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        var matcher = Pattern.compile("<a class=\"fw-semibold\" href=\"/plans/\\d+/tasks/\\d+\">([^<]+)</a>")
                .matcher(page.body());
        List<String> titles = new ArrayList<>();
        while (matcher.find()) {
            titles.add(matcher.group(1));
        }
        return titles;
    }

    private Map<String, String> measurement(String value, String day) {
        Map<String, String> fields = new HashMap<>();
        fields.put("value", value);
        fields.put("measuredOn", day);
        fields.put("note", "Quarterly count");
        return fields;
    }

    private int measurements() {
        return jdbc.queryForObject(
                "select count(*) from indicator_measurement where indicator_id = ?", Integer.class, plan.indicatorId());
    }

    private int updates() {
        return jdbc.queryForObject(
                "select count(*) from task_status_update where plan_id = ?", Integer.class, plan.planId());
    }

    private String plans(String rest) {
        return "/plans/" + plan.planId() + rest;
    }

    private HttpSession signedIn(String username) {
        var session = new HttpSession(port);
        session.signIn(username, PlanWorld.PASSWORD);
        return session;
    }
}
