package org.missionplanner.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editing national actors and plans end to end on PostgreSQL: over the API (200, 409 when stale,
 * 422 naming the field, 403 for whoever may not record the country's actors) and on the pages
 * (field errors, priority rows added and removed before saving), with each change in the history
 * of the missions the country hosts. The world's mission is hosted by Nauru (NR); Tonga (TO) is
 * "another country".
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalEditingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    PlanWorld world;
    String admin;
    long adminId;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        jdbc.update("insert into mission_host_country (mission_id, country_code) values (?, 'NR')", world.missionId());
        admin = TestUsers.uniqueName("nat-edit-admin");
        adminId = new TestUsers(jdbc, encoder).create(admin, "ADMINISTRATOR", PlanWorld.PASSWORD);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
        jdbc.update("delete from app_user where id = ?", adminId);
    }

    @Test
    void aPlannerRenamesAndMovesANationalActorOverTheApiAndAStaleVersionIsAConflict() throws Exception {
        long ministry = createActor(admin(), TestUsers.uniqueName("Ministry of Justice"), "MINISTRY", "NR", null);
        String police = TestUsers.uniqueName("Police");
        long lnp = createActor(admin(), police, "SECURITY_INSTITUTION", "NR", null);
        String read = body(mvc.perform(get("/api/v1/national-actors/" + lnp).with(planner())));
        long version = ((Number) JsonPath.read(read, "$.version")).longValue();

        String renamed = TestUsers.uniqueName("National Police");
        MvcResult saved = mvc.perform(
                        json(put("/api/v1/national-actors/" + lnp), """
                        {"name": "%s", "acronym": "NP", "kind": "SECURITY_INSTITUTION", "parentId": %d, "version": %d}""".formatted(renamed, ministry, version))
                                .with(planner()))
                .andReturn();
        assertThat(saved.getResponse().getStatus())
                .as(saved.getResponse().getContentAsString())
                .isEqualTo(200);
        String json = saved.getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.name")).isEqualTo(renamed);
        assertThat((String) JsonPath.read(json, "$.acronym")).isEqualTo("NP (NR)");
        assertThat(((Number) JsonPath.read(json, "$.parentId")).longValue()).isEqualTo(ministry);
        assertThat(((Number) JsonPath.read(json, "$.version")).longValue()).isGreaterThan(version);
        assertThat(jdbc.queryForMap("select full_name, parent_id from organisation where id = ?", lnp))
                .as("one identity: the registry's organisation is renamed and placed too")
                .containsEntry("full_name", renamed)
                .containsEntry("parent_id", ministry);

        MvcResult stale = mvc.perform(json(put("/api/v1/national-actors/" + lnp), """
                        {"name": "Stale police", "kind": "SECURITY_INSTITUTION", "version": %d}""".formatted(version))
                        .with(planner()))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("Someone else changed this");
        assertThat(jdbc.queryForObject("select full_name from organisation where id = ?", String.class, lnp))
                .isEqualTo(renamed);
    }

    @Test
    void aCycleOrAParentOfAnotherCountryIsRefusedOnParentIdAndNothingIsSaved() throws Exception {
        String ministryName = TestUsers.uniqueName("Ministry of Interior");
        long ministry = createActor(admin(), ministryName, "MINISTRY", "NR", null);
        long bureau = createActor(admin(), TestUsers.uniqueName("Bureau"), "OTHER", "NR", ministry);
        long tonga = createActor(admin(), TestUsers.uniqueName("Tonga ministry"), "MINISTRY", "TO", null);

        for (long parent : List.of(bureau, ministry, tonga)) {
            MvcResult refused = mvc.perform(json(put("/api/v1/national-actors/" + ministry), """
                            {"name": "%s", "kind": "MINISTRY", "parentId": %d, "version": %d}""".formatted(
                                            ministryName, parent, version(ministry)))
                            .with(planner()))
                    .andReturn();
            assertThat(refused.getResponse().getStatus())
                    .as("parent %d", parent)
                    .isEqualTo(422);
            List<String> fields = JsonPath.read(refused.getResponse().getContentAsString(), "$.errors[*].field");
            assertThat(fields).containsExactly("parentId");
        }
        assertThat(jdbc.queryForObject(
                        "select parent_id from national_actor where organisation_id = ?", Long.class, ministry))
                .isNull();

        MvcResult noVersion = mvc.perform(json(put("/api/v1/national-actors/" + ministry), """
                        {"name": "%s", "kind": "MINISTRY"}""".formatted(ministryName))
                        .with(planner()))
                .andReturn();
        assertThat(noVersion.getResponse().getStatus()).isEqualTo(422);
        assertThat(noVersion.getResponse().getContentAsString()).contains("\"field\":\"version\"");
    }

    @Test
    void onlyThoseWhoRecordACountrysActorsEditThem() throws Exception {
        long tonga = createActor(admin(), TestUsers.uniqueName("Tonga police"), "SECURITY_INSTITUTION", "TO", null);
        long nauru = createActor(admin(), TestUsers.uniqueName("Nauru police"), "SECURITY_INSTITUTION", "NR", null);
        String body = """
                {"name": "Renamed", "kind": "SECURITY_INSTITUTION", "version": 0}""";
        assertThat(status(json(put("/api/v1/national-actors/" + tonga), body).with(planner())))
                .as("a planner of a mission hosted elsewhere")
                .isEqualTo(403);
        assertThat(status(json(put("/api/v1/national-actors/" + nauru), body).with(viewer())))
                .as("a viewer of the mission hosted there")
                .isEqualTo(403);
        assertThat(status(get("/national-actors/" + tonga + "/edit").with(planner())))
                .isEqualTo(403);
        long plan = createNationalPlan("TO");
        assertThat(status(get("/national-plans/" + plan + "/edit").with(planner())))
                .isEqualTo(403);
        assertThat(status(json(put("/api/v1/national-plans/" + plan), """
                        {"title": "Renamed", "periodStart": "2026-01-01", "periodEnd": "2028-12-31", "version": 0}""").with(planner())))
                .isEqualTo(403);
        assertThat(status(get("/api/v1/national-actors/" + tonga).with(viewer())))
                .as("everyone signed in reads them")
                .isEqualTo(200);
        assertThat(status(get("/api/v1/national-actors/999999999").with(admin())))
                .isEqualTo(404);
    }

    @Test
    void aPlansTitlePeriodAndPrioritiesAreEditedOverTheApi() throws Exception {
        long plan = createNationalPlan("NR");
        String read = body(mvc.perform(get("/api/v1/national-plans/" + plan).with(planner())));
        long peace = ((Number) JsonPath.read(read, "$.priorities[0].id")).longValue();
        long economy = ((Number) JsonPath.read(read, "$.priorities[1].id")).longValue();
        long version = ((Number) JsonPath.read(read, "$.version")).longValue();
        String title = TestUsers.uniqueName("Agenda for Transformation");

        // economy first and renamed to code 1, peace removed, governance added; the codes swap places
        MvcResult saved = mvc.perform(
                        json(put("/api/v1/national-plans/" + plan), """
                        {"title": "%s", "periodStart": "2012-01-01", "periodEnd": "2017-12-31", "version": %d,
                         "priorities": [{"id": %d, "code": "1", "title": "Economic transformation"},
                                        {"code": "2", "title": "Governance and public institutions"}]}""".formatted(title, version, economy))
                                .with(planner()))
                .andReturn();
        assertThat(saved.getResponse().getStatus())
                .as(saved.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select position || ' ' || code || ' ' || title from national_priority where plan_id = ?"
                                + " order by position",
                        String.class,
                        plan))
                .containsExactly("0 1 Economic transformation", "1 2 Governance and public institutions");
        assertThat(jdbc.queryForObject("select count(*) from national_priority where id = ?", Integer.class, peace))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select id from national_priority where plan_id = ? and code = '1'", Long.class, plan))
                .as("the kept priority keeps its id, so objectives aligned with it stay aligned")
                .isEqualTo(economy);

        MvcResult stale = mvc.perform(json(put("/api/v1/national-plans/" + plan), """
                        {"title": "Stale", "periodStart": "2012-01-01", "periodEnd": "2017-12-31", "version": %d}""".formatted(version))
                        .with(planner()))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);

        long current = ((Number) JsonPath.read(saved.getResponse().getContentAsString(), "$.version")).longValue();
        MvcResult refused = mvc.perform(json(put("/api/v1/national-plans/" + plan), """
                        {"title": " ", "periodStart": "2018-01-01", "periodEnd": "2017-12-31", "version": %d,
                         "priorities": [{"code": "A", "title": "One"}, {"code": "a", "title": "Two"}]}""".formatted(current))
                        .with(planner()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        List<String> fields = JsonPath.read(refused.getResponse().getContentAsString(), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("title", "periodEnd", "priorities");
        assertThat(jdbc.queryForObject("select title from national_plan where id = ?", String.class, plan))
                .as("nothing saved")
                .isEqualTo(title);
    }

    @Test
    void theActorsEditPageShowsFieldErrorsAndSavesWithoutJavaScript() throws Exception {
        String ministryName = TestUsers.uniqueName("Ministry of Health");
        long ministry = createActor(admin(), ministryName, "MINISTRY", "NR", null);
        long hospital = createActor(admin(), TestUsers.uniqueName("Hospital board"), "OTHER", "NR", ministry);

        String list =
                body(mvc.perform(get("/national-actors").param("country", "NR").with(planner())));
        assertThat(list).contains("href=\"/national-actors/" + ministry + "/edit\"");
        String viewerList =
                body(mvc.perform(get("/national-actors").param("country", "NR").with(viewer())));
        assertThat(viewerList).doesNotContain("/national-actors/" + ministry + "/edit");

        String form =
                body(mvc.perform(get("/national-actors/" + ministry + "/edit").with(planner())));
        assertThat(form).contains("value=\"" + ministryName + "\"").contains("name=\"version\"");

        String refused = body(mvc.perform(post("/national-actors/" + ministry)
                .with(csrf())
                .with(planner())
                .param("name", "")
                .param("kind", "MINISTRY")
                .param("parentId", String.valueOf(hospital))
                .param("version", String.valueOf(version(ministry)))));
        assertThat(refused)
                .contains("Give the national actor’s name.")
                .contains("An actor cannot be part of itself or of one of its own parts.")
                .contains("aria-describedby=\"parentId-errors\"");

        MvcResult stale = mvc.perform(post("/national-actors/" + ministry)
                        .with(csrf())
                        .with(planner())
                        .param("name", ministryName + " and Social Welfare")
                        .param("kind", "MINISTRY")
                        .param("version", "-5"))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("Someone else changed this in the meantime.");

        MvcResult saved = mvc.perform(post("/national-actors/" + ministry)
                        .with(csrf())
                        .with(planner())
                        .param("name", ministryName + " and Social Welfare")
                        .param("kind", "MINISTRY")
                        .param("version", String.valueOf(version(ministry))))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/national-actors?country=NR");
        assertThat(jdbc.queryForObject("select full_name from organisation where id = ?", String.class, ministry))
                .isEqualTo(ministryName + " and Social Welfare");
    }

    @Test
    void thePlansEditPageAddsAndRemovesPriorityRowsBeforeSaving() throws Exception {
        long plan = createNationalPlan("NR");
        String list =
                body(mvc.perform(get("/national-plans").param("country", "NR").with(planner())));
        assertThat(list).contains("href=\"/national-plans/" + plan + "/edit\"");
        String form = body(mvc.perform(get("/national-plans/" + plan + "/edit").with(planner())));
        assertThat(form).contains("value=\"Peace and security\"").contains("name=\"priorities[2].code\"");
        long peace = priority(plan, "1");
        long economy = priority(plan, "2");
        long version = jdbc.queryForObject("select version from national_plan where id = ?", Long.class, plan);
        String title = jdbc.queryForObject("select title from national_plan where id = ?", String.class, plan);

        // removing the first row, as the Remove button posts it (htmx or not): the page comes back, nothing saved
        String removed = body(mvc.perform(planForm(
                        plan,
                        title,
                        version,
                        Map.of(
                                0, new String[] {String.valueOf(peace), "1", "Peace and security"},
                                1, new String[] {String.valueOf(economy), "2", "Economy"}))
                .param("rows", "remove-0")
                .header("HX-Request", "true")));
        assertThat(removed)
                .doesNotContain("value=\"Peace and security\"")
                .contains("value=\"Economy\"")
                .contains("id=\"national-plan-form\"");
        assertThat(jdbc.queryForObject("select count(*) from national_priority where plan_id = ?", Integer.class, plan))
                .isEqualTo(2);
        String added = body(mvc.perform(planForm(
                        plan, title, version, Map.of(0, new String[] {String.valueOf(economy), "2", "Economy"}))
                .param("rows", "add")));
        assertThat(added).contains("name=\"priorities[1].code\"").doesNotContain("name=\"priorities[2].code\"");

        String refused = body(mvc.perform(planForm(
                plan,
                title,
                version,
                Map.of(
                        0, new String[] {String.valueOf(economy), "2", "Economy"},
                        1, new String[] {"", "2", "Jobs"}))));
        assertThat(refused).contains("Two priorities have the same code.").contains("value=\"Jobs\"");

        MvcResult saved = mvc.perform(planForm(
                        plan,
                        title,
                        version,
                        Map.of(
                                0, new String[] {String.valueOf(economy), "2", "Economy and jobs"},
                                1, new String[] {"", "3", "Infrastructure"},
                                2, new String[] {"", "", ""})))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/national-plans?country=NR");
        assertThat(jdbc.queryForList(
                        "select code || ' ' || title from national_priority where plan_id = ? order by position",
                        String.class,
                        plan))
                .containsExactly("2 Economy and jobs", "3 Infrastructure");
    }

    @Test
    void theChangesAppearInTheHistoryOfTheMissionsTheCountryHosts() throws Exception {
        String ministryName = TestUsers.uniqueName("Ministry of Gender");
        long ministry = createActor(admin(), ministryName, "MINISTRY", "NR", null);
        long plan = createNationalPlan("NR");
        long economy = priority(plan, "2");
        String title = jdbc.queryForObject("select title from national_plan where id = ?", String.class, plan);

        mvc.perform(json(put("/api/v1/national-actors/" + ministry), """
                        {"name": "%s and Development", "kind": "COMMISSION", "version": %d}""".formatted(ministryName, version(ministry)))
                        .with(planner()))
                .andReturn();
        long planVersion = jdbc.queryForObject("select version from national_plan where id = ?", Long.class, plan);
        MvcResult planSaved = mvc.perform(
                        json(put("/api/v1/national-plans/" + plan), """
                        {"title": "%s", "periodStart": "2026-01-01", "periodEnd": "2029-12-31", "version": %d,
                         "priorities": [{"id": %d, "code": "2", "title": "Economy and jobs"}]}""".formatted(title, planVersion, economy))
                                .with(planner()))
                .andReturn();
        assertThat(planSaved.getResponse().getStatus()).isEqualTo(200);

        String history = body(mvc.perform(
                get("/api/v1/missions/" + world.missionId() + "/history").with(planner())));
        List<String> sentences = JsonPath.read(history, "$[*].sentences[*]");
        String planner = world.plannerUsername();
        assertThat(sentences)
                .contains(planner + " changed name of national actor “" + ministryName + " and Development” from "
                        + ministryName + " to " + ministryName + " and Development")
                .contains(planner + " changed kind of national actor “" + ministryName
                        + " and Development” from Ministry to Commission")
                .contains(
                        planner + " changed period end of national plan “" + title + "” from 2028-12-31 to 2029-12-31")
                .contains(planner
                        + " changed title of national priority “Economy and jobs” from Economy to Economy and jobs")
                .contains(planner + " removed national priority “Peace and security”")
                .anyMatch(s -> s.contains(" added national actor “" + ministryName + "”"));

        String page = body(
                mvc.perform(get("/missions/" + world.missionId() + "/history").with(planner())));
        assertThat(page).contains("national actor").contains(ministryName + " and Development");
    }

    // --- helpers

    private MockHttpServletRequestBuilder planForm(long plan, String title, long version, Map<Integer, String[]> rows) {
        MockHttpServletRequestBuilder request = post("/national-plans/" + plan)
                .with(csrf())
                .with(planner())
                .param("title", title)
                .param("periodStart", "2026-01-01")
                .param("periodEnd", "2028-12-31")
                .param("version", String.valueOf(version));
        rows.forEach((i, row) -> request.param("priorities[" + i + "].id", row[0])
                .param("priorities[" + i + "].code", row[1])
                .param("priorities[" + i + "].title", row[2]));
        return request;
    }

    private long priority(long plan, String code) {
        return jdbc.queryForObject(
                "select id from national_priority where plan_id = ? and code = ?", Long.class, plan, code);
    }

    private long version(long actor) {
        return jdbc.queryForObject("select version from national_actor where organisation_id = ?", Long.class, actor);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long createActor(RequestPostProcessor who, String name, String kind, String country, Long parent)
            throws Exception {
        MvcResult result = mvc.perform(json(post("/api/v1/national-actors"), """
                        {"name": "%s", "kind": "%s", "country": "%s", "parentId": %s}""".formatted(name, kind, country, parent))
                        .with(who))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(201);
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long createNationalPlan(String country) throws Exception {
        MvcResult result = mvc.perform(
                        json(post("/api/v1/national-plans"), """
                        {"country": "%s", "title": "%s", "periodStart": "2026-01-01", "periodEnd": "2028-12-31",
                         "priorities": [{"code": "1", "title": "Peace and security"}, {"code": "2", "title": "Economy"}]}""".formatted(country, TestUsers.uniqueName("Strategy")))
                                .with(admin()))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(201);
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    private String body(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        MvcResult result = actions.andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private RequestPostProcessor planner() {
        return user(users.loadUserByUsername(world.plannerUsername()));
    }

    private RequestPostProcessor viewer() {
        return user(users.loadUserByUsername(world.viewerUsername()));
    }

    private RequestPostProcessor admin() {
        return user(users.loadUserByUsername(admin));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
