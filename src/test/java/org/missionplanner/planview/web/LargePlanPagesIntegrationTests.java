package org.missionplanner.planview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The matrix, the task list, the monitoring dashboard and the timeline of a plan of 1,000 tasks and 400
 * indicators come in pages of whole objectives: each first response stays under 300 KB of HTML,
 * the pager keeps the filters, a page out of range shows the last one, and a page runs as many
 * statements for 1,000 tasks as for one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LargePlanPagesIntegrationTests {

    static final int MAX_BYTES = 300 * 1024;
    static final int TASKS_ON_A_PAGE = 120;
    static final Pattern POSITION = Pattern.compile("Page (\\d+) of (\\d+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    PlanWorld world;
    LargePlan large;
    RequestPostProcessor planner;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        large = LargePlan.create(jdbc, world.missionId());
        planner = user(userDetails.loadUserByUsername(world.plannerUsername()));
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void eachPagedViewOfAThousandTasksStaysUnder300KilobytesOfHtml() throws Exception {
        for (String view : List.of("/matrix", "/tasks", "/monitoring", "/timeline")) {
            byte[] body = mvc.perform(get("/plans/" + large.planId() + view).with(planner))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            System.out.printf("%s of 1,000 tasks: %,d bytes%n", view, body.length);

            assertThat(body.length).as(view).isBetween(10_000, MAX_BYTES);
            assertThat(new String(body, StandardCharsets.UTF_8)).as(view).contains("Page 1 of ");
        }
    }

    @Test
    void aTaskLinkFromTheMatrixOpensTheTasksObjectiveAtTheTask() throws Exception {
        Matcher link = Pattern.compile("href=\"(/plans/\\d+/tasks/(\\d+)/in-outline)\"")
                .matcher(page("/matrix?page=3"));
        assertThat(link.find()).isTrue();
        String taskId = link.group(2);
        String target = mvc.perform(get(link.group(1)).with(planner))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Long objectiveId = jdbc.queryForObject(
                "select coalesce(t.objective_id, r.objective_id) from plan_task t left join plan_result r on r.id = t.result_id where t.id = ?",
                Long.class,
                Long.parseLong(taskId));

        assertThat(target)
                .isEqualTo("/plans/" + large.planId() + "/objectives/" + objectiveId + "/outline#task-" + taskId);
        assertThat(mvc.perform(get(target.substring(0, target.indexOf('#'))).with(planner))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"task-" + taskId + "\"");
    }

    @Test
    void theMatrixPagesHoldEveryTaskOnceInWholeObjectives() throws Exception {
        String first = page("/matrix");
        int pages = totalPages(first);
        List<String> tasks = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            String html = page("/matrix?page=" + p);
            assertThat(html).contains("Showing 1,000 of 1,000 tasks").contains("Page " + (p + 1) + " of " + pages);
            Matcher task = Pattern.compile(">(Task \\d+)</a>").matcher(html);
            while (task.find()) {
                tasks.add(task.group(1));
            }
        }

        assertThat(pages).isBetween(8, 12);
        assertThat(tasks).hasSize(1000).doesNotHaveDuplicates().contains("Task 1", "Task 999", "Task 1000");
    }

    @Test
    void theTimelinePagesDrawEveryTaskOnceAndTheUnlinkedOnTheLast() throws Exception {
        int pages = totalPages(page("/timeline"));
        List<String> tasks = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            String html = page("/timeline?page=" + p);
            assertThat(html).contains("1,000 tasks drawn");
            Matcher task = Pattern.compile("data-task=\"(\\d+)\"").matcher(html);
            while (task.find()) {
                tasks.add(task.group(1));
            }
        }

        assertThat(tasks).hasSize(1000).doesNotHaveDuplicates();
        assertThat(page("/timeline?page=" + (pages - 1))).contains("data-group=\"unlinked\"");
        assertThat(page("/timeline")).doesNotContain("data-group=\"unlinked\"");
    }

    @Test
    void theCsvOfTheMatrixStillHoldsEveryMatchingTaskNotOnePage() throws Exception {
        String all = page("/matrix.csv?page=3");
        String security = page("/matrix.csv?dimension=SECURITY");

        assertThat(distinctTasks(all)).hasSize(1000);
        assertThat(distinctTasks(security)).hasSizeGreaterThan(TASKS_ON_A_PAGE);
    }

    @Test
    void thePagerKeepsTheFilters() throws Exception {
        String actor = "unit-" + world.headUnitId();
        String matrix = page("/matrix?dimension=SECURITY&actor=" + actor + "&page=0");
        String tasks = page("/tasks?filter=counterpart");

        assertThat(matrix)
                .contains("Page 1 of 2")
                .containsPattern("href=\"[^\"]*/matrix\\?dimension=SECURITY&amp;actor=" + actor + "&amp;page=1\"");
        assertThat(page("/matrix?dimension=SECURITY&actor=" + actor + "&page=1"))
                .contains("Page 2 of 2")
                .doesNotContain(">1. Objective 1<")
                .contains(">49. Objective 49<");
        assertThat(tasks).containsPattern("href=\"[^\"]*/tasks\\?filter=counterpart&amp;page=1\"");
    }

    @Test
    void aPageOutOfRangeShowsTheLastPage() throws Exception {
        for (String view : List.of("/matrix", "/tasks", "/monitoring", "/timeline")) {
            int pages = totalPages(page(view));
            String beyond = page(view + "?page=500");

            assertThat(pages).as(view).isGreaterThan(1);
            assertThat(beyond).as(view).contains("Page " + pages + " of " + pages);
            assertThat(page(view + "?page=-4")).as(view).contains("Page 1 of " + pages);
        }
        assertThat(page("/matrix?page=500")).contains(">Task 1000</a>").doesNotContain(">Task 1</a>");
    }

    @Test
    void aPageRunsTheSameStatementsForOneTaskAsForAThousand() throws Exception {
        long small = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT', 'Small',
                date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        jdbc.update("""
                insert into plan_task (plan_id, position, title, lead_unit_id, start_on, end_on)
                values (?, 1, 'Only task', ?, date '2026-02-01', date '2026-05-31')""", small, world.headUnitId());
        var counter = new StatementCounter(entityManagerFactory);

        for (String view : List.of(
                "/matrix?page=3",
                "/matrix?actor=x&page=9",
                "/tasks?page=2",
                "/monitoring?page=3",
                "/timeline?page=4",
                "/matrix.csv")) {
            long forSmall = counter.count(() -> status200(small, view));
            long forLarge = counter.count(() -> status200(large.planId(), view));

            assertThat(forLarge)
                    .as("%s: 1,000 tasks (1 task: %d)", view, forSmall)
                    .isEqualTo(forSmall);
            assertThat(forSmall).as(view).isBetween(1L, 25L);
        }
    }

    private String page(String view) throws Exception {
        return status200(large.planId(), view);
    }

    private String status200(long planId, String view) throws Exception {
        var response = mvc.perform(get("/plans/" + planId + view).with(planner))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(view).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static Set<String> distinctTasks(String text) {
        Set<String> tasks = new HashSet<>();
        Matcher task = Pattern.compile("Task \\d+").matcher(text);
        while (task.find()) {
            tasks.add(task.group());
        }
        return tasks;
    }

    private static int totalPages(String html) {
        Matcher position = POSITION.matcher(html);
        assertThat(position.find()).as("a pager").isTrue();
        return Integer.parseInt(position.group(2));
    }
}
