package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.LargePlan;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The outline of a plan with 1,000 tasks runs as many statements as that of any plan too large to
 * show whole, and no more than that of a plan with one task; it stays small, and what opens one
 * objective or changes one task reads and answers that objective only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanOutlinePageStatementCountIntegrationTests {

    /** The first response of the outline, before compression: the target of issue 12. */
    static final int MAX_OUTLINE_BYTES = 300 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    PlanWorld world;
    LargePlan large;
    StatementCounter counter;
    RequestPostProcessor planner;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        large = LargePlan.create(jdbc, world.missionId());
        counter = new StatementCounter(entityManagerFactory);
        planner = user(users.loadUserByUsername(world.plannerUsername()));
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void theOutlinePageOfAThousandTasksRunsAsManyStatementsAsThatOfOne() throws Exception {
        long small = smallPlan();
        long justTooLarge = planOfTasks(61);
        String[] largePage = new String[1];

        long forSmall = counter.count(() -> perform(get("/plans/{id}", small)));
        long forJustTooLarge = counter.count(() -> perform(get("/plans/{id}", justTooLarge)));
        long forLarge = counter.count(
                () -> largePage[0] = perform(get("/plans/{id}", large.planId())).getContentAsString());

        assertThat(largePage[0]).contains("50 objectives · 200 results · 400 indicators · 1,000 tasks");
        assertThat(forLarge)
                .as("statements for 1,000 tasks (61 tasks: %d)", forJustTooLarge)
                .isEqualTo(forJustTooLarge);
        assertThat(forLarge)
                .as("statements for 1,000 tasks (1 task, shown whole: %d)", forSmall)
                .isLessThanOrEqualTo(forSmall);
        // 22: the whole outline with one statement for all the tasks' funding by source, and one for
        // the version of the plan in force that the header names
        assertThat(forSmall).isBetween(1L, 22L);
    }

    @Test
    void theOutlineOfAThousandTasksOpensUnder300KilobytesWithItsObjectivesClosed() throws Exception {
        MockHttpServletResponse response = perform(get("/plans/{id}", large.planId()));
        byte[] page = response.getContentAsByteArray();
        String html = new String(page, StandardCharsets.UTF_8);

        assertThat(page.length).as("bytes of the outline").isLessThan(MAX_OUTLINE_BYTES);
        assertThat(html)
                .contains("Objective 50", "Show results, indicators and tasks", "Show the unlinked tasks")
                .doesNotContain(">Task 1<", ">Result 1.1<");
        assertThat(html.split("name=\"_csrf\"", -1))
                .as("forms with a CSRF token: signing out and adding an objective, none per element")
                .hasSize(3);
        assertThat(Pattern.compile("hx-get=\"/plans/" + large.planId() + "/objectives/\\d+/outline\"")
                        .matcher(html)
                        .results())
                .as("one link to open each objective")
                .hasSize(LargePlan.OBJECTIVES);
        System.out.printf("Outline of the 1,000-task plan: %,d bytes%n", page.length);
    }

    @Test
    void anObjectiveOpensWithAsManyStatementsWhateverItsSize() throws Exception {
        long small = smallPlan();
        long smallObjective = jdbc.queryForObject(
                "insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Only objective',"
                        + " 'SECURITY') returning id",
                Long.class,
                small);
        long smallResult = jdbc.queryForObject(
                "insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1, 'Only result')"
                        + " returning id",
                Long.class,
                small,
                smallObjective);
        jdbc.update(
                "insert into plan_indicator (plan_id, result_id, position, definition, frequency)"
                        + " values (?, ?, 1, 'Only indicator', 'ANNUAL')",
                small,
                smallResult);
        jdbc.update(
                "update plan_task set objective_id = ?, result_id = ? where plan_id = ?",
                smallObjective,
                smallResult,
                small);
        long objective = objectiveOfTask(1);
        String[] fragment = new String[1];

        long forSmall = counter.count(() -> perform(
                get("/plans/{p}/objectives/{o}/outline", small, smallObjective).header("HX-Request", "true")));
        long forLarge = counter.count(() ->
                fragment[0] = perform(get("/plans/{p}/objectives/{o}/outline", large.planId(), objective)
                                .header("HX-Request", "true"))
                        .getContentAsString());

        assertThat(forLarge).as("statements (small objective: %d)", forSmall).isEqualTo(forSmall);
        assertThat(fragment[0].strip()).startsWith("<section id=\"objective-" + objective + "\"");
        assertThat(fragment[0]).doesNotContain("<html").contains(">Task 1<", "Result ");
        assertThat(fragment[0].split("class=\"outline-item outline-task\"", -1))
                .as("the tasks of this objective only")
                .hasSize(jdbc.queryForObject(
                                "select count(*) from plan_task where objective_id = ?", Integer.class, objective)
                        + 1);
        assertThat(fragment[0].length()).isLessThan(100 * 1024);
    }

    @Test
    void theUnlinkedTasksOpenInABoundedNumberOfStatements() throws Exception {
        long small = smallPlan();
        String[] fragment = new String[1];

        long forSmall = counter.count(
                () -> perform(get("/plans/{p}/unlinked-tasks", small).header("HX-Request", "true")));
        long forLarge = counter.count(() -> fragment[0] = perform(
                        get("/plans/{p}/unlinked-tasks", large.planId()).header("HX-Request", "true"))
                .getContentAsString());

        assertThat(forLarge).as("statements (one unlinked task: %d)", forSmall).isEqualTo(forSmall);
        assertThat(fragment[0].strip()).startsWith("<section id=\"unlinked-tasks\"");
        assertThat(fragment[0]).contains(">Task 10<");
    }

    @Test
    void anHtmxEditOfATaskAnswersWithItsObjectiveOnly() throws Exception {
        Map<String, Object> task = jdbc.queryForMap(
                "select id, result_id, lead_unit_id, version from plan_task where plan_id = ? and position = 1",
                large.planId());
        long objective = objectiveOfTask(1);
        MockHttpServletResponse[] answer = new MockHttpServletResponse[1];

        long statements =
                counter.count(() -> answer[0] = perform(post("/plans/{p}/tasks/{t}", large.planId(), task.get("id"))
                        .param("title", "Task 1 renamed")
                        .param("serves", "result-" + task.get("result_id"))
                        .param("lead", "unit-" + task.get("lead_unit_id"))
                        .param("fundingSource", "ASSESSED")
                        .param("horizon", "IMMEDIATE")
                        .param("status", "ON_TRACK")
                        .param("version", String.valueOf(task.get("version")))
                        .header("HX-Request", "true")
                        .with(csrf())));

        assertThat(answer[0].getStatus()).isEqualTo(200);
        assertThat(answer[0].getHeader("HX-Retarget")).isEqualTo("#objective-" + objective);
        String html = answer[0].getContentAsString();
        assertThat(html.strip()).startsWith("<section id=\"objective-" + objective + "\"");
        assertThat(html)
                .contains("Task 1 renamed", "The task was saved.", "hx-swap-oob=\"true\"")
                .doesNotContain("id=\"outline\"", "Objective 50");
        assertThat(html.length()).isLessThan(100 * 1024);
        // the edit with its audit rows, where the task sits, and its objective redrawn: not the plan
        // (since the national actors: the host countries' actors the rules accept, the task's counterpart links)
        assertThat(statements).as("statements of the edit and its answer").isBetween(1L, 56L);

        var moved = perform(post("/plans/{p}/tasks/{t}/move", large.planId(), task.get("id"))
                .param("version", String.valueOf(((Number) task.get("version")).longValue() + 1))
                .param("direction", "DOWN")
                .header("HX-Request", "true")
                .with(csrf()));
        assertThat(moved.getHeader("HX-Retarget")).isEqualTo("#objective-" + objective);
        assertThat(moved.getContentAsString()).contains("Moved.", "Task 1 renamed");
    }

    @Test
    void anHtmxEditMovingATaskToAnotherObjectiveAnswersWithTheTwoSectionsOnly() throws Exception {
        Map<String, Object> task = jdbc.queryForMap(
                "select id, lead_unit_id, version from plan_task where plan_id = ? and position = 1", large.planId());
        long from = objectiveOfTask(1);
        long to = large.objectiveAt(jdbc, 3);
        long result = jdbc.queryForObject(
                "select id from plan_result where objective_id = ? order by position limit 1", Long.class, to);

        var answer = perform(post("/plans/{p}/tasks/{t}", large.planId(), task.get("id"))
                .param("title", "Task 1 moved")
                .param("serves", "result-" + result)
                .param("lead", "unit-" + task.get("lead_unit_id"))
                .param("fundingSource", "ASSESSED")
                .param("horizon", "IMMEDIATE")
                .param("status", "ON_TRACK")
                .param("version", String.valueOf(task.get("version")))
                .header("HX-Request", "true")
                .with(csrf()));

        assertThat(jdbc.queryForObject("select objective_id from plan_task where id = ?", Long.class, task.get("id")))
                .isEqualTo(to);
        assertThat(answer.getHeader("HX-Retarget")).isEqualTo("#objective-" + from);
        String html = answer.getContentAsString().strip();
        assertThat(html).startsWith("<section id=\"objective-" + from + "\"");
        assertThat(html).doesNotContain("<html", "id=\"outline\"").contains("The task was saved.");
        // two objectives opened, each under the bound of one
        assertThat(html.length()).isLessThan(2 * 100 * 1024);
        int target = html.indexOf("<section id=\"objective-" + to + "\"");
        assertThat(target).as("the section the task joined").isPositive();
        assertThat(html.substring(target, html.indexOf('>', target))).contains("hx-swap-oob=\"true\"");
        assertThat(html.indexOf("id=\"task-" + task.get("id") + "\""))
                .as("the task is shown in the section it joined, not in the one it left")
                .isGreaterThan(target);
    }

    @Test
    void anHtmxChangeMoveOrDeletionOfAnObjectiveAnswersWithTheSectionsItChangesOnly() throws Exception {
        long first = large.objectiveAt(jdbc, 1);
        long second = large.objectiveAt(jdbc, 2);
        long third = large.objectiveAt(jdbc, 3);

        var changed = perform(post("/plans/{p}/objectives/{o}", large.planId(), second)
                .param("title", "Objective 2 renamed")
                .param("dimension", "SECURITY")
                .param("version", "0")
                .header("HX-Request", "true")
                .with(csrf()));
        assertThat(changed.getHeader("HX-Retarget")).isEqualTo("#objective-" + second);
        String html = changed.getContentAsString().strip();
        assertThat(html).startsWith("<section id=\"objective-" + second + "\"");
        assertThat(html)
                .contains("Objective 2 renamed", "The objective was saved.")
                .doesNotContain("<html", "id=\"outline\"", "id=\"objective-" + first + "\"");
        assertThat(html.length()).isLessThan(100 * 1024);

        var moved = perform(post("/plans/{p}/objectives/{o}/move", large.planId(), second)
                .param("version", "1")
                .param("direction", "UP")
                .header("HX-Request", "true")
                .with(csrf()));
        assertThat(positionOf(second)).isEqualTo(1);
        // both sections, in their new order, take the place of the upper one; the other goes from where it was
        assertThat(moved.getHeader("HX-Retarget")).isEqualTo("#objective-" + first);
        html = moved.getContentAsString().strip();
        assertThat(html).startsWith("<section id=\"objective-" + second + "\"");
        assertThat(html.indexOf("<section id=\"objective-" + first + "\""))
                .isGreaterThan(0)
                .isLessThan(html.indexOf("<section id=\"objective-" + second + "\" hx-swap-oob=\"delete\">"));
        assertThat(html).contains("Moved.").doesNotContain("<html", "id=\"outline\"", "id=\"objective-" + third + "\"");
        assertThat(html.length()).isLessThan(2 * 100 * 1024);

        long version = jdbc.queryForObject("select version from plan_objective where id = ?", Long.class, second);
        var deleted = perform(post("/plans/{p}/objectives/{o}/delete", large.planId(), second)
                .param("version", String.valueOf(version))
                .header("HX-Request", "true")
                .with(csrf()));
        assertThat(count("select count(*) from plan_objective where id = " + second))
                .isZero();
        assertThat(deleted.getHeader("HX-Retarget")).isEqualTo("#unlinked-tasks");
        html = deleted.getContentAsString().strip();
        long unlinked =
                count("select count(*) from plan_task where plan_id = " + large.planId() + " and objective_id is null");
        assertThat(html)
                .startsWith("<section id=\"unlinked-tasks\"")
                .contains(
                        "<section id=\"objective-" + second + "\" hx-swap-oob=\"delete\">",
                        "id=\"plan-benchmarks\"",
                        "The objective was deleted",
                        "text-bg-warning\">" + unlinked + "</span>")
                .doesNotContain("<html", "id=\"outline\"", "<section id=\"objective-" + first + "\"");
        // the objectives after it are renumbered
        assertThat(html)
                .containsPattern(
                        "<span id=\"objective-" + first + "-number\"[^>]*hx-swap-oob=\"true\">Objective 1\\.</span>")
                .containsPattern(
                        "<span id=\"objective-" + third + "-number\"[^>]*hx-swap-oob=\"true\">Objective 2\\.</span>");
        assertThat(html.length()).isLessThan(100 * 1024);
    }

    private int positionOf(long objectiveId) {
        return jdbc.queryForObject("select position from plan_objective where id = ?", Integer.class, objectiveId);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long objectiveOfTask(int position) {
        return jdbc.queryForObject(
                "select objective_id from plan_task where plan_id = ? and position = ?",
                Long.class,
                large.planId(),
                position);
    }

    private long smallPlan() {
        long small = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT',
                'Small', date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        jdbc.update(
                "insert into plan_task (plan_id, position, title, lead_unit_id) values (?, 1, 'Only task', ?)",
                small,
                world.headUnitId());
        return small;
    }

    /** A plan with one objective and the given number of tasks serving it. */
    private long planOfTasks(int tasks) {
        long plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT',
                'Medium', date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        long objective = jdbc.queryForObject(
                "insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Objective', "
                        + "'POLITICAL') returning id",
                Long.class,
                plan);
        jdbc.update(
                "insert into plan_task (plan_id, objective_id, position, title, lead_unit_id)"
                        + " select ?, ?, g, 'Task ' || g, ? from generate_series(1, ?) g",
                plan,
                objective,
                world.headUnitId(),
                tasks);
        return plan;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(planner)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }
}
