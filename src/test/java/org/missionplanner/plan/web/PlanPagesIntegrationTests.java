package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.TestUsers;
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

/** The plan pages as a planner and a viewer use them: the outline editor with and without htmx. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    PlanWorld world;
    PlanFixture plan;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        plan = PlanFixture.create(jdbc, world);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void theOutlineShowsTheTreeWithEditControlsForAPlannerOnly() throws Exception {
        String asPlanner = page(get("/plans/{id}", plan.planId()), planner());
        assertThat(asPlanner)
                .contains(
                        "Secure the cantonment sites",
                        "Combatants disarmed",
                        "Weapons collected",
                        "Canton the combatants",
                        "Unlinked tasks",
                        "Radio programme",
                        "Add a task",
                        "Edit the plan");
        assertThat(asPlanner).contains("The task&#39;s dates fall outside the plan&#39;s period.");

        String asViewer = page(get("/plans/{id}", plan.planId()), viewer());
        assertThat(asViewer)
                .contains("Canton the combatants", "Unlinked tasks")
                .doesNotContain("Add a task", "/delete", "Edit the plan");
    }

    @Test
    void theListOfAllPlansShowsOnlyThePlansOfTheMissionsTheUserCanSee() throws Exception {
        var testUsers = new TestUsers(jdbc, encoder);
        String outsider = TestUsers.uniqueName("plan-outsider");
        long outsiderId = testUsers.create(outsider, "USER", PlanWorld.PASSWORD);
        try {
            assertThat(page(get("/plans"), viewer())).contains("Fixture ISF");
            assertThat(page(get("/plans"), user(users.loadUserByUsername(outsider))))
                    .doesNotContain("Fixture ISF");
        } finally {
            jdbc.update("delete from app_user where id = ?", outsiderId);
        }
    }

    @Test
    void everyPageAndFormRendersWithAndWithoutHtmx() throws Exception {
        long p = plan.planId();
        assertThat(page(get("/missions/{m}/plans", world.missionId()), planner()))
                .contains("Fixture ISF", "New plan");
        assertThat(page(get("/plans"), viewer())).contains("Fixture ISF");
        assertThat(page(get("/missions/{m}/plans/new", world.missionId()), planner()))
                .contains("Create the plan");
        assertThat(page(get("/plans/{p}/edit", p), planner())).contains("A country at peace", "Delete the plan");
        assertThat(page(get("/plans/{p}/risks", p), planner())).contains("Spoilers attack the sites", "Add a risk");
        assertThat(page(get("/plans/{p}/risks/{r}/edit", p, plan.riskId()), planner()))
                .contains("Edit the risk");
        assertThat(page(get("/plans/{p}/tasks/new", p).param("serves", "result-" + plan.resultId()), planner()))
                .contains("Add a task", "id=\"task-new-result-" + plan.resultId() + "-title\"", "<html");
        String fragment =
                page(get("/plans/{p}/tasks/{t}/edit", p, plan.taskId()).header("HX-Request", "true"), planner());
        assertThat(fragment).doesNotContain("<html").contains("hx-post=", "Canton the combatants", "UNPOL");
        assertThat(page(get("/plans/{p}/results/new", p).param("objectiveId", "" + plan.objectiveId()), planner()))
                .contains("Add a result");
        assertThat(page(get("/plans/{p}/indicators/{i}/edit", p, plan.indicatorId()), planner()))
                .contains("Weapons collected");
        assertThat(page(get("/plans/{p}/benchmarks/new", p), planner())).contains("Add a benchmark");
        assertThat(page(get("/plans/{p}/objectives/{o}/edit", p, plan.objectiveId()), planner()))
                .contains("Secure the cantonment sites");
        assertThat(page(get("/plans/{p}", p).header("HX-Request", "true"), planner()))
                .doesNotContain("<html")
                .contains("id=\"outline\"");
    }

    @Test
    void withoutJavaScriptAnObjectiveAndTheUnlinkedTasksHavePagesOfTheirOwnAndTheEditPageMovesAndDeletes()
            throws Exception {
        long p = plan.planId();
        assertThat(page(get("/plans/{p}/objectives/{o}/outline", p, plan.objectiveId()), planner()))
                .contains("<html", "Secure the cantonment sites", "Canton the combatants", "Back to the whole outline")
                .doesNotContain("Radio programme");
        assertThat(page(get("/plans/{p}/objectives/{o}/outline", p, plan.objectiveId()), viewer()))
                .contains("Canton the combatants")
                .doesNotContain("/delete", "Add a task");
        assertThat(page(get("/plans/{p}/unlinked-tasks", p), viewer()))
                .contains("<html", "Radio programme")
                .doesNotContain("Canton the combatants");

        String edit = page(get("/plans/{p}/tasks/{t}/edit", p, plan.taskId()), planner());
        assertThat(edit)
                .contains("action=\"/plans/" + p + "/tasks/" + plan.taskId() + "/move\"")
                .contains("action=\"/plans/" + p + "/tasks/" + plan.taskId() + "/delete\"")
                .contains("Move up", "Move down", "Delete");
        var saved = perform(
                taskForm(
                                post("/plans/{p}/tasks/{t}", p, plan.taskId()),
                                "Canton the combatants by June",
                                "unit-" + world.headUnitId())
                        .param("serves", "result-" + plan.resultId())
                        .param("version", "0"),
                planner());
        assertThat(saved.getRedirectedUrl())
                .isEqualTo("/plans/" + p + "/objectives/" + plan.objectiveId() + "/outline#task-" + plan.taskId());
        var deleted = perform(
                post("/plans/{p}/tasks/{t}/delete", p, plan.unlinkedTaskId()).param("version", "0"), planner());
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/plans/" + p + "/unlinked-tasks#unlinked-tasks");
        assertThat(count("select count(*) from plan_task where plan_id = ?")).isEqualTo(1);
    }

    @Test
    void deletingAnObjectiveSaysWhatGoesWithItAndTheHistoryRecordsEachPart() throws Exception {
        long p = plan.planId();
        jdbc.update("""
                insert into indicator_measurement (plan_id, indicator_id, value, measured_on, recorded_by)
                values (?, ?, 200, date '2026-03-01', 'fixture'), (?, ?, 350, date '2026-06-01', 'fixture')""", p, plan.indicatorId(), p, plan.indicatorId());

        String confirm = page(
                get("/plans/{p}/objectives/{o}/delete", p, plan.objectiveId()).param("version", "0"), planner());
        assertThat(confirm)
                .contains("<html", "Delete &quot;Secure the cantonment sites&quot;?")
                .contains("1 result, 1 indicator and 2 measurements are deleted with it.")
                .contains("1 task and no benchmarks stay in the plan, no longer linked to it.")
                .contains("action=\"/plans/" + p + "/objectives/" + plan.objectiveId() + "/delete\"");
        String box = page(
                get("/plans/{p}/indicators/{i}/delete", p, plan.indicatorId())
                        .param("version", "0")
                        .header("HX-Request", "true"),
                planner());
        assertThat(box)
                .doesNotContain("<html")
                .contains("No results, no indicators and 2 measurements are deleted with it.");
        assertThat(perform(
                                get("/plans/{p}/objectives/{o}/delete", p, plan.objectiveId())
                                        .param("version", "0"),
                                viewer())
                        .getStatus())
                .isEqualTo(403);

        perform(post("/plans/{p}/objectives/{o}/delete", p, plan.objectiveId()).param("version", "0"), planner());

        assertThat(count("select count(*) from plan_result where plan_id = ?")).isZero();
        assertThat(count("select count(*) from indicator_measurement where plan_id = ?"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from plan_task where plan_id = ? and objective_id is null and result_id is null"))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select revtype from plan_result_aud where id = ? order by rev",
                        Integer.class,
                        plan.resultId()))
                .as("the result's removal is recorded")
                .contains(2);
        assertThat(jdbc.queryForList(
                        "select revtype from plan_indicator_aud where id = ? order by rev",
                        Integer.class,
                        plan.indicatorId()))
                .contains(2);
        assertThat(jdbc.queryForList(
                        "select objective_id from plan_task_aud where id = ? order by rev", Long.class, plan.taskId()))
                .as("the task's loss of its objective is recorded")
                .last()
                .isNull();
    }

    @Test
    void theTaskFormTakesFundingBySourceAndRefusesBadAmountsOnTheTable() throws Exception {
        long p = plan.planId();
        String form = page(get("/plans/{p}/tasks/{t}/edit", p, plan.taskId()), planner());
        assertThat(form)
                .contains("Funding by source (required, pledged, disbursed)")
                .contains("name=\"funding[0].source\" value=\"ASSESSED\"")
                .contains("name=\"funding[4].source\" value=\"APPEAL\"");

        var refused = perform(
                taskForm(
                                post("/plans/{p}/tasks/{t}", p, plan.taskId()),
                                "Canton the combatants",
                                "unit-" + world.headUnitId())
                        .param("serves", "result-" + plan.resultId())
                        .param("currency", "USD")
                        .param("version", "0")
                        .param("funding[0].source", "ASSESSED")
                        .param("funding[0].required", "1000")
                        .param("funding[0].pledged", "400")
                        .param("funding[0].disbursed", "600")
                        .param("funding[1].source", "VOLUNTARY"),
                planner());
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("A source cannot have disbursed more than it pledged.")
                .contains("value=\"600\"");
        assertThat(
                        count(
                                "select count(*) from plan_task_funding f join plan_task t on t.id = f.task_id where t.plan_id = ?"))
                .isZero();

        perform(
                taskForm(
                                post("/plans/{p}/tasks/{t}", p, plan.taskId()),
                                "Canton the combatants",
                                "unit-" + world.headUnitId())
                        .param("serves", "result-" + plan.resultId())
                        .param("currency", "USD")
                        .param("version", "0")
                        .param("funding[0].source", "ASSESSED")
                        .param("funding[0].required", "1000")
                        .param("funding[0].pledged", "800")
                        .param("funding[0].disbursed", "500")
                        .param("funding[1].source", "VOLUNTARY"),
                planner());
        assertThat(jdbc.queryForList(
                        "select source || ' ' || required || ' ' || pledged || ' ' || disbursed from plan_task_funding where task_id = ?",
                        String.class,
                        plan.taskId()))
                .containsExactly("ASSESSED 1000.00 800.00 500.00");
        assertThat(page(get("/plans/{p}/objectives/{o}/outline", p, plan.objectiveId()), viewer()))
                .contains("1,000 USD required · 800 USD pledged · 500 USD disbursed · 200 USD still to find");
        assertThat(page(get("/plans/{p}/coherence", p), viewer())).contains("Funding gap", "Assessed budget");
    }

    @Test
    void theOutlineFindsWordsAndStatusesWithTheirObjective() throws Exception {
        long p = plan.planId();
        assertThat(page(get("/plans/{p}", p).param("q", "radio"), viewer()))
                .contains("Radio programme", "Show the whole outline")
                .doesNotContain("Canton the combatants", "Secure the cantonment sites");
        assertThat(page(get("/plans/{p}", p).param("q", "canton"), viewer()))
                .contains("Canton the combatants", "Secure the cantonment sites", "Combatants disarmed")
                .doesNotContain("Radio programme", "Weapons collected");
        String htmx = page(get("/plans/{p}", p).param("q", "nothing like this").header("HX-Request", "true"), viewer());
        assertThat(htmx)
                .doesNotContain("<html")
                .contains("id=\"outline\"", "Nothing in the outline matches your search.");
        String status = jdbc.queryForObject("select status from plan_task where id = ?", String.class, plan.taskId());
        assertThat(page(get("/plans/{p}", p).param("status", status), viewer())).contains("Canton the combatants");
    }

    @Test
    void anIndicatorTargetedBeforeItsBaselineIsAFieldErrorAndNothingIsSaved() throws Exception {
        var response = perform(
                post("/plans/{p}/indicators", plan.planId())
                        .param("resultId", "" + plan.resultId())
                        .param("definition", "Courts reopened")
                        .param("baselineOn", "2027-01-01")
                        .param("targetOn", "2026-06-30")
                        .param("frequency", "ANNUAL"),
                planner());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("The target date cannot be before the baseline date.")
                .containsPattern("id=\"indicator-new-\\d+-targetOn-errors\"")
                .contains("value=\"Courts reopened\"");
        assertThat(count("select count(*) from plan_indicator where plan_id = ?"))
                .isEqualTo(1);
    }

    @Test
    void aLeadOfAnotherMissionIsAFieldErrorAndNothingIsSaved() throws Exception {
        var users = new TestUsers(jdbc, encoder);
        long otherMission = users.createMission(TestUsers.uniqueName("PLO"));
        long foreignUnit = jdbc.queryForObject("""
                insert into org_unit (mission_id, unit_type, name, category, sort_order)
                values (?, 'DDR', 'Foreign DDR section', 'SUBSTANTIVE', 0) returning id""", Long.class, otherMission);
        try {
            var response = perform(
                    taskForm(post("/plans/{p}/tasks", plan.planId()), "Foreign-led task", "unit-" + foreignUnit),
                    planner());

            assertThat(response.getContentAsString())
                    .contains("This unit is not part of this mission&#39;s structure.")
                    .containsPattern("id=\"task-new-[a-z0-9-]+-lead-errors\"");
            assertThat(count("select count(*) from plan_task where plan_id = ?"))
                    .isEqualTo(2);
        } finally {
            jdbc.update("delete from mission where id = ?", otherMission);
        }
    }

    @Test
    void aSupporterEqualToTheLeadAndANegativeAmountAreFieldErrors() throws Exception {
        String lead = "unit-" + world.ddrUnitId();
        var supporterIsLead = perform(
                taskForm(post("/plans/{p}/tasks", plan.planId()), "Doubled", lead)
                        .param("supporters", lead),
                planner());
        assertThat(supporterIsLead.getContentAsString())
                .contains("The lead cannot also be a supporter.")
                .containsPattern("-supporters-errors\"");

        var negative = perform(
                taskForm(post("/plans/{p}/tasks", plan.planId()), "Refund", lead)
                        .param("amount", "-5")
                        .param("currency", "USD"),
                planner());
        assertThat(negative.getContentAsString())
                .contains("The amount cannot be below zero.")
                .containsPattern("-amount-errors\"");

        var htmx = perform(
                taskForm(post("/plans/{p}/tasks", plan.planId()), "Refund", lead)
                        .param("amount", "-5")
                        .param("currency", "USD")
                        .header("HX-Request", "true"),
                planner());
        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(htmx.getHeader("HX-Retarget")).isEqualTo("#task-new-unlinked");
        assertThat(htmx.getContentAsString()).doesNotContain("<html").contains("The amount cannot be below zero.");

        assertThat(count("select count(*) from plan_task where plan_id = ?")).isEqualTo(2);
    }

    @Test
    void everyErrorOfATaskIsShownAfterOneSubmitAndTheNextSubmitSaves() throws Exception {
        String lead = "unit-" + world.ddrUnitId();
        var allAtOnce = perform(
                post("/plans/{p}/tasks", plan.planId())
                        .param("title", " ")
                        .param("lead", "")
                        .param("amount", "-5")
                        .param("startOn", "2026-06-30")
                        .param("endOn", "2026-01-31"),
                planner());

        assertThat(allAtOnce.getStatus()).isEqualTo(200);
        assertThat(allAtOnce.getContentAsString())
                .containsPattern("-title-errors\"")
                .containsPattern("-lead-errors\"")
                .contains("The amount cannot be below zero.")
                .containsPattern("-amount-errors\"")
                .containsPattern("-endOn-errors\"")
                .contains("value=\"2026-06-30\"");
        assertThat(count("select count(*) from plan_task where plan_id = ?")).isEqualTo(2);

        var saved = perform(
                post("/plans/{p}/tasks", plan.planId())
                        .param("title", "Built in two submits")
                        .param("lead", lead)
                        .param("amount", "5")
                        .param("currency", "USD")
                        .param("startOn", "2026-01-31")
                        .param("endOn", "2026-06-30"),
                planner());
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from plan_task where plan_id = ?")).isEqualTo(3);
    }

    @Test
    void aTaskOfAPlanThatIsNoLongerADraftIsNotChanged() throws Exception {
        jdbc.update("update plan set status = 'APPROVED' where id = ?", plan.planId());

        var response = perform(
                taskForm(
                                post("/plans/{p}/tasks/{t}", plan.planId(), plan.taskId()),
                                "Changed",
                                "unit-" + world.ddrUnitId())
                        .param("version", "0"),
                planner());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Only a draft plan can be changed; this plan is not a draft.");
        assertThat(jdbc.queryForObject("select title from plan_task where id = ?", String.class, plan.taskId()))
                .isEqualTo("Canton the combatants");
        assertThat(page(get("/plans/{p}", plan.planId()), planner()))
                .doesNotContain("Add a task", "/delete")
                .contains("only a draft can be changed");
        assertThat(perform(get("/plans/{p}/tasks/{t}/edit", plan.planId(), plan.taskId()), planner())
                        .getRedirectedUrl())
                .isEqualTo("/plans/" + plan.planId());
    }

    @Test
    void twoPlannersEditingDifferentTasksDoNotConflictButTheSameTaskDoesVisibly() throws Exception {
        var users = new TestUsers(jdbc, encoder);
        String second = TestUsers.uniqueName("plan-planner2");
        long secondId = users.create(second, "USER", PlanWorld.PASSWORD);
        users.member(secondId, world.missionId(), "PLANNER");
        RequestPostProcessor other = user(this.users.loadUserByUsername(second));
        try {
            String lead = "unit-" + world.headUnitId();
            var first = perform(
                    taskForm(
                                    post("/plans/{p}/tasks/{t}", plan.planId(), plan.taskId()),
                                    "Canton the combatants by June",
                                    lead)
                            .param("version", "0"),
                    planner());
            var different = perform(
                    taskForm(
                                    post("/plans/{p}/tasks/{t}", plan.planId(), plan.unlinkedTaskId()),
                                    "Radio programme in three languages",
                                    lead)
                            .param("version", "0"),
                    other);
            assertThat(first.getStatus()).isEqualTo(302);
            assertThat(different.getStatus()).isEqualTo(302);

            var stale = perform(
                    taskForm(post("/plans/{p}/tasks/{t}", plan.planId(), plan.taskId()), "My stale title", lead)
                            .param("version", "0"),
                    other);
            assertThat(stale.getStatus()).isEqualTo(409);
            assertThat(stale.getContentAsString())
                    .contains("Not saved: someone changed this in the meantime.")
                    .contains("value=\"My stale title\"");

            var staleHtmx = perform(
                    taskForm(post("/plans/{p}/tasks/{t}", plan.planId(), plan.taskId()), "My stale title", lead)
                            .param("version", "0")
                            .header("HX-Request", "true"),
                    other);
            assertThat(staleHtmx.getStatus()).isEqualTo(200);
            assertThat(staleHtmx.getHeader("HX-Retarget")).isEqualTo("#task-" + plan.taskId() + "-form");
            assertThat(staleHtmx.getContentAsString()).contains("Not saved: someone changed this in the meantime.");

            assertThat(jdbc.queryForList(
                            "select title from plan_task where plan_id = ? order by id", String.class, plan.planId()))
                    .containsExactly("Canton the combatants by June", "Radio programme in three languages");
        } finally {
            jdbc.update("delete from app_user where id = ?", secondId);
        }
    }

    @Test
    void anHtmxAddAnswersWithTheRedrawnTreeAndAPlainPostRedirectsToTheElement() throws Exception {
        var htmx = perform(
                post("/plans/{p}/objectives", plan.planId())
                        .param("title", "Hold elections")
                        .param("dimension", "POLITICAL")
                        .header("HX-Request", "true"),
                planner());
        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(htmx.getContentAsString())
                .startsWith("<div id=\"outline\"")
                .contains("Hold elections", "The objective was added.");

        var plain = perform(
                post("/plans/{p}/objectives", plan.planId())
                        .param("title", "Protect civilians")
                        .param("dimension", "HUMANITARIAN"),
                planner());
        long id = jdbc.queryForObject("select id from plan_objective where title = 'Protect civilians'", Long.class);
        assertThat(plain.getRedirectedUrl()).isEqualTo("/plans/" + plan.planId() + "#objective-" + id);

        var moved = perform(
                post("/plans/{p}/objectives/{o}/move", plan.planId(), id)
                        .param("version", "0")
                        .param("direction", "UP"),
                planner());
        assertThat(moved.getRedirectedUrl()).isEqualTo("/plans/" + plan.planId() + "#objective-" + id);
        assertThat(jdbc.queryForList(
                        "select title from plan_objective where plan_id = ? order by position",
                        String.class,
                        plan.planId()))
                .containsExactly("Secure the cantonment sites", "Protect civilians", "Hold elections");

        var staleDelete = perform(
                post("/plans/{p}/objectives/{o}/delete", plan.planId(), id)
                        .param("version", "0")
                        .header("HX-Request", "true"),
                planner());
        assertThat(staleDelete.getContentAsString()).contains("Not saved: someone changed this in the meantime.");
        assertThat(count("select count(*) from plan_objective where plan_id = ?"))
                .isEqualTo(3);
    }

    @Test
    void benchmarksAndRisksAreAddedMovedEditedAndDeletedWithPlainForms() throws Exception {
        long p = plan.planId();
        var first = perform(
                post("/plans/{p}/benchmarks", p)
                        .param("description", "Elections held")
                        .param("dueOn", "2027-10-01")
                        .param("transition", "true"),
                planner());
        var second =
                perform(post("/plans/{p}/benchmarks", p).param("description", "Police deployed nationwide"), planner());
        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(second.getStatus()).isEqualTo(302);
        long secondId = jdbc.queryForObject(
                "select id from plan_benchmark where description = ?", Long.class, "Police deployed nationwide");
        perform(
                post("/plans/{p}/benchmarks/{b}/move", p, secondId)
                        .param("version", "0")
                        .param("direction", "UP"),
                planner());
        assertThat(jdbc.queryForList(
                        "select description || ':' || transition from plan_benchmark where plan_id = ?"
                                + " order by position",
                        String.class,
                        p))
                .containsExactly("Police deployed nationwide:false", "Elections held:true");
        assertThat(page(get("/plans/{p}", p), planner()))
                .contains("Benchmarks of the whole plan", "Elections held", "Transition");

        var edited = perform(
                post("/plans/{p}/risks/{r}", p, plan.riskId())
                        .param("description", "Spoilers return")
                        .param("likelihood", "HIGH")
                        .param("impact", "HIGH")
                        .param("owner", "organisation-" + world.organisationId())
                        .param("version", "0"),
                planner());
        assertThat(edited.getRedirectedUrl()).isEqualTo("/plans/" + p + "/risks#risk-" + plan.riskId());
        assertThat(page(get("/plans/{p}/risks", p), viewer()))
                .contains("Spoilers return", world.organisationAcronym())
                .doesNotContain("Add a risk");
        var deleted =
                perform(post("/plans/{p}/risks/{r}/delete", p, plan.riskId()).param("version", "1"), planner());
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/plans/" + p + "/risks#risks");
        assertThat(count("select count(*) from plan_risk where plan_id = ?")).isZero();
    }

    MockHttpServletRequestBuilder taskForm(MockHttpServletRequestBuilder request, String title, String lead) {
        return request.param("title", title)
                .param("lead", lead)
                .param("fundingSource", "ASSESSED")
                .param("horizon", "IMMEDIATE")
                .param("status", "NOT_STARTED");
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, plan.planId());
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        var response = perform(request, who);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    RequestPostProcessor planner() {
        return user(users.loadUserByUsername(world.plannerUsername()));
    }

    RequestPostProcessor viewer() {
        return user(users.loadUserByUsername(world.viewerUsername()));
    }
}
