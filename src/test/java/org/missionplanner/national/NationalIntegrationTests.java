package org.missionplanner.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
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
 * National actors and plans end to end on PostgreSQL: recorded and listed by country over the API
 * and the pages, refused field by field; a task's national counterparts and an objective's alignment
 * limited to the mission's host countries; the coherence report's figures per actor and kind.
 * The world's mission is hosted by Nauru (NR); Tonga (TO) is "another country".
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalIntegrationTests {

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
        admin = TestUsers.uniqueName("nat-admin");
        adminId = new TestUsers(jdbc, encoder).create(admin, "ADMINISTRATOR", PlanWorld.PASSWORD);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
        jdbc.update("delete from app_user where id = ?", adminId);
    }

    @Test
    void recordsNationalActorsAndListsThemByCountry() throws Exception {
        String ministry = TestUsers.uniqueName("Ministry of Justice");
        long ministryId = createActor(admin(), ministry, "MINISTRY", "NR", null);
        long policeId = createActor(
                planner(), TestUsers.uniqueName("National Police"), "SECURITY_INSTITUTION", "nr", ministryId);
        long tongaId = createActor(admin(), TestUsers.uniqueName("Tonga ministry"), "MINISTRY", "TO", null);

        String nauru = body(mvc.perform(
                get("/api/v1/national-actors").param("country", "NR").with(planner())));
        List<Integer> ids = JsonPath.read(nauru, "$[*].id");
        assertThat(ids).contains((int) ministryId, (int) policeId).doesNotContain((int) tongaId);
        List<Integer> parents = JsonPath.read(nauru, "$[?(@.id == " + policeId + ")].parentId");
        assertThat(parents).containsExactly((int) ministryId);
        assertThat(jdbc.queryForObject("select full_name from organisation where id = ?", String.class, ministryId))
                .as("one identity: the national actor is an organisation of the registry")
                .isEqualTo(ministry);

        String page =
                body(mvc.perform(get("/national-actors").param("country", "NR").with(planner())));
        assertThat(page).contains(ministry).contains("data-testid=\"national-actor-tree\"");
        assertThat(page.indexOf(ministry)).isLessThan(page.indexOf("National Police"));
    }

    @Test
    void refusesABadNationalActorWithEveryFieldError() throws Exception {
        long tongaId = createActor(admin(), TestUsers.uniqueName("Tonga ministry"), "MINISTRY", "TO", null);
        String taken = TestUsers.uniqueName("Ministry of Finance");
        createActor(admin(), taken, "MINISTRY", "NR", null);
        long before = count();

        MvcResult blank = mvc.perform(json(post("/api/v1/national-actors"), """
                        {"name": " ", "country": "QQ"}""").with(admin()))
                .andReturn();
        assertThat(blank.getResponse().getStatus())
                .as("a refused rule, as elsewhere in the API")
                .isEqualTo(422);
        List<String> fields = JsonPath.read(blank.getResponse().getContentAsString(), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("name", "kind", "country");

        MvcResult otherCountry = mvc.perform(
                        json(post("/api/v1/national-actors"), """
                        {"name": "%s", "kind": "MINISTRY", "country": "NR", "parentId": %d}""".formatted(taken.toLowerCase(), tongaId))
                                .with(planner()))
                .andReturn();
        assertThat(otherCountry.getResponse().getStatus()).isEqualTo(422);
        List<String> otherFields = JsonPath.read(otherCountry.getResponse().getContentAsString(), "$.errors[*].field");
        assertThat(otherFields).containsExactlyInAnyOrder("name", "parentId");

        String page = body(mvc.perform(post("/national-actors")
                .with(csrf())
                .with(planner())
                .param("name", taken)
                .param("country", "NR")
                .param("parentId", String.valueOf(tongaId))));
        assertThat(page)
                .contains("A national actor of this country already has this name.")
                .contains("The parent must be a national actor of the same country.")
                .contains("Choose what kind of national actor it is.")
                .contains("value=\"" + taken + "\"");
        assertThat(count()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void onlyAdministratorsAndPlannersOfAMissionHostedThereRecordACountrysActors() throws Exception {
        MvcResult elsewhere = mvc.perform(
                        json(post("/api/v1/national-actors"), """
                        {"name": "Tonga police", "kind": "SECURITY_INSTITUTION", "country": "TO"}""").with(planner()))
                .andReturn();
        assertThat(elsewhere.getResponse().getStatus()).isEqualTo(403);
        MvcResult viewer = mvc.perform(json(post("/api/v1/national-actors"), """
                        {"name": "Nauru police", "kind": "SECURITY_INSTITUTION", "country": "NR"}""")
                        .with(user(users.loadUserByUsername(world.viewerUsername()))))
                .andReturn();
        assertThat(viewer.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aTasksCounterpartsAreNationalActorsOfTheMissionsHostCountries() throws Exception {
        long ministry = createActor(admin(), TestUsers.uniqueName("Ministry of Interior"), "MINISTRY", "NR", null);
        long commission = createActor(admin(), TestUsers.uniqueName("Electoral Commission"), "COMMISSION", "NR", null);
        long tonga = createActor(admin(), TestUsers.uniqueName("Tonga ministry"), "MINISTRY", "TO", null);
        long plan = createPlan();

        long task =
                create("/api/v1/plans/" + plan + "/tasks", task("Both counterparts", List.of(ministry, commission)));
        String read =
                body(mvc.perform(get("/api/v1/plans/" + plan + "/tasks/" + task).with(planner())));
        List<Integer> ids = JsonPath.read(read, "$.nationalCounterpartIds");
        assertThat(ids).containsExactlyInAnyOrder((int) ministry, (int) commission);
        List<String> names = JsonPath.read(read, "$.nationalCounterparts[*].fullName");
        assertThat(names).hasSize(2);

        long tasksBefore = jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Long.class, plan);
        MvcResult refused = mvc.perform(
                        json(post("/api/v1/plans/" + plan + "/tasks"), task("Tonga", List.of(ministry, tonga)))
                                .with(planner()))
                .andReturn();
        assertThat(refused.getResponse().getStatus())
                .as(refused.getResponse().getContentAsString())
                .isEqualTo(422);
        assertThat((String) JsonPath.read(refused.getResponse().getContentAsString(), "$.field"))
                .isEqualTo("nationalCounterpartIds");
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Long.class, plan))
                .as("nothing saved")
                .isEqualTo(tasksBefore);

        String taskPage =
                body(mvc.perform(get("/plans/" + plan + "/tasks/" + task).with(planner())));
        assertThat(taskPage)
                .contains(
                        jdbc.queryForObject("select full_name from organisation where id = ?", String.class, ministry));
    }

    @Test
    void anObjectiveIsAlignedOnlyWithAPriorityOfAHostCountry() throws Exception {
        long nauruPriority = priorityOf(createNationalPlan("NR"));
        long tongaPriority = priorityOf(createNationalPlan("TO"));
        long plan = createPlan();

        MvcResult refused = mvc.perform(json(post("/api/v1/plans/" + plan + "/objectives"), objective(tongaPriority))
                        .with(planner()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(refused.getResponse().getContentAsString(), "$.field"))
                .isEqualTo("nationalPriorityId");

        long objective = create("/api/v1/plans/" + plan + "/objectives", objective(nauruPriority));
        assertThat(jdbc.queryForObject(
                        "select national_priority_id from plan_objective where id = ?", Long.class, objective))
                .isEqualTo(nauruPriority);
    }

    @Test
    void theCoherenceReportCountsTasksPerNationalActorAndKindAndTheAlignedShare() throws Exception {
        long ministry = createActor(admin(), TestUsers.uniqueName("Ministry of Planning"), "MINISTRY", "NR", null);
        long commission = createActor(admin(), TestUsers.uniqueName("Reform Commission"), "COMMISSION", "NR", null);
        long ministry2 = createActor(admin(), TestUsers.uniqueName("Ministry of Health"), "MINISTRY", "NR", null);
        long priority = priorityOf(createNationalPlan("NR"));
        long plan = createPlan();
        long aligned = create("/api/v1/plans/" + plan + "/objectives", objective(priority));
        create("/api/v1/plans/" + plan + "/tasks", task("One", List.of(ministry, commission, ministry2), aligned));
        create("/api/v1/plans/" + plan + "/tasks", task("Two", List.of(ministry), null));
        create("/api/v1/plans/" + plan + "/tasks", task("Three", List.of(), null));
        create("/api/v1/plans/" + plan + "/tasks", task("Four", List.of(), aligned));

        String report = body(mvc.perform(get("/plans/" + plan + "/coherence").with(planner())));

        assertThat(cell(report, "data-actor=\"organisation-" + ministry + "\"")).isEqualTo("2");
        assertThat(cell(report, "data-actor=\"organisation-" + commission + "\""))
                .isEqualTo("1");
        assertThat(cell(report, "data-kind=\"MINISTRY\""))
                .as("a task naming two ministries counts once")
                .isEqualTo("2");
        assertThat(cell(report, "data-kind=\"COMMISSION\"")).isEqualTo("1");
        assertThat(report).contains("2 of the 4 tasks name at least one national actor");
        assertThat(report).contains("(2 of 4) serve an objective aligned");

        assertThat(taskCount(plan, "counterpart", "organisation-" + ministry)).isEqualTo("2 of 4");
        assertThat(taskCount(plan, "counterpartKind", "COMMISSION")).isEqualTo("1 of 4");
        assertThat(taskCount(plan, "filter", "aligned")).isEqualTo("2 of 4");
        assertThat(taskCount(plan, "filter", "notAligned")).isEqualTo("2 of 4");
    }

    @Test
    void recordsANationalPlanWithItsPrioritiesAndRefusesABadOne() throws Exception {
        long planId = createNationalPlan("NR");
        String list = body(
                mvc.perform(get("/api/v1/national-plans").param("country", "NR").with(planner())));
        List<String> codes = JsonPath.read(list, "$[?(@.id == " + planId + ")].priorities[*].code");
        assertThat(codes).containsExactly("1", "2");

        MvcResult refused = mvc.perform(
                        json(post("/api/v1/national-plans"), """
                        {"country": "NR", "title": " ", "periodStart": "2010-01-01", "periodEnd": "2009-01-01",
                         "priorities": [{"code": "1", "title": "A"}, {"code": "1", "title": "B"}]}""").with(planner()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        List<String> fields = JsonPath.read(refused.getResponse().getContentAsString(), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("title", "periodEnd", "priorities");

        String page =
                body(mvc.perform(get("/national-plans").param("country", "NR").with(planner())));
        assertThat(page).contains("Peace and security").contains("Record a national plan or strategy");
    }

    // --- helpers

    private String taskCount(long plan, String parameter, String value) throws Exception {
        String html = body(mvc.perform(
                get("/plans/" + plan + "/tasks").param(parameter, value).with(planner())));
        int at = html.indexOf("data-testid=\"task-count\"");
        var matcher = java.util.regex.Pattern.compile("(\\d+) of (\\d+)").matcher(html.substring(at));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1) + " of " + matcher.group(2);
    }

    /** The number in the link of the table row with this attribute. */
    private static String cell(String html, String rowAttribute) {
        int row = html.indexOf(rowAttribute);
        assertThat(row).as("row %s", rowAttribute).isPositive();
        String rest = html.substring(row, html.indexOf("</tr>", row));
        return rest.replaceAll("(?s).*<a [^>]*>(\\d+)</a>.*", "$1");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from national_actor", Long.class);
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

    private long priorityOf(long nationalPlan) {
        return jdbc.queryForObject(
                "select id from national_priority where plan_id = ? order by position limit 1",
                Long.class,
                nationalPlan);
    }

    private long createPlan() throws Exception {
        return create("/api/v1/missions/" + world.missionId() + "/plans", """
                {"kind": "INTEGRATED_STRATEGIC_FRAMEWORK", "title": "National ISF", "periodStart": "2026-01-01",
                 "periodEnd": "2027-12-31"}""");
    }

    private String task(String title, List<Long> counterparts) {
        return task(title, counterparts, null);
    }

    private String task(String title, List<Long> counterparts, Long objective) {
        return """
                {"title": "%s", "objectiveId": %s, "lead": "unit-%d", "nationalCounterpart": "note",
                 "nationalCounterpartIds": %s}""".formatted(title, objective, world.headUnitId(), counterparts);
    }

    private static String objective(long priority) {
        return """
                {"title": "Aligned objective", "dimension": "SECURITY", "nationalPriorityId": %d}""".formatted(priority);
    }

    private long create(String path, String json) throws Exception {
        MvcResult result = mvc.perform(json(post(path), json).with(planner())).andReturn();
        assertThat(result.getResponse().getStatus())
                .as("POST %s: %s", path, result.getResponse().getContentAsString())
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

    private RequestPostProcessor admin() {
        return user(users.loadUserByUsername(admin));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
