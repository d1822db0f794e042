package org.missionplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The HQ portfolio on PostgreSQL, through its page, API and exports: who sees which rows, sorting,
 * filtering, the figures of two missions built for the test, bad parameters, and the review queue on
 * the home page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortfolioIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    PlanWorld a;
    PlanWorld b;
    String acronymA;
    String acronymB;
    String both;
    long bothId;
    long submittedA;
    long submittedB;

    @BeforeEach
    void twoMissions() {
        a = PlanWorld.create(jdbc, encoder);
        b = PlanWorld.create(jdbc, encoder);
        acronymA = jdbc.queryForObject("select acronym from mission where id = ?", String.class, a.missionId());
        acronymB = jdbc.queryForObject("select acronym from mission where id = ?", String.class, b.missionId());
        LocalDate today = LocalDate.now();
        jdbc.update("""
                update mission set mission_type = 'MULTIDIMENSIONAL_PKO', phase = 'MANDATE_IMPLEMENTATION',
                       ocha_position = 'BOTH_FEET_IN' where id = ?""", a.missionId());
        jdbc.update("""
                update mission set mission_type = 'SPECIAL_POLITICAL_MISSION', phase = 'START_UP',
                       ocha_position = 'BOTH_FEET_OUT' where id = ?""", b.missionId());
        jdbc.update("insert into mission_host_country (mission_id, country_code) values (?, 'LR')", a.missionId());
        jdbc.update("insert into mission_host_country (mission_id, country_code) values (?, 'XK')", b.missionId());
        jdbc.update(
                "insert into resolution (mission_id, symbol, adopted_on, expires_on) values (?, 'S/RES/9001 (2025)', ?, ?)",
                a.missionId(),
                today.minusYears(1),
                today.plusDays(30));
        jdbc.update(
                "insert into resolution (mission_id, symbol, adopted_on, expires_on) values (?, 'S/RES/9002 (2025)', ?, ?)",
                b.missionId(),
                today.minusYears(1),
                today.plusDays(200));

        // mission A: a draft ISF with a task without a lead (unfunded, USD 1,000) and a task whose assessed
        // funding lacks USD 300, an indicator measured after its target date short of it (off track)
        long isf = plan(a.missionId(), "INTEGRATED_STRATEGIC_FRAMEWORK", "Framework A", "DRAFT");
        long objective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Security', 'SECURITY')
                returning id""", Long.class, isf);
        long result = jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1, 'Police deployed')
                returning id""", Long.class, isf, objective);
        long indicator = jdbc.queryForObject("""
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, baseline_on,
                       target_value, target_on)
                values (?, ?, 1, 'Officers deployed', 'officers', 0, date '2020-01-01', 100, date '2021-01-01')
                returning id""", Long.class, isf, result);
        jdbc.update("""
                insert into indicator_measurement (indicator_id, plan_id, value, measured_on, recorded_by)
                values (?, ?, 10, date '2021-06-01', 'test')""", indicator, isf);
        jdbc.update("""
                insert into plan_task (plan_id, objective_id, result_id, position, title, funding_source, amount, currency)
                values (?, ?, ?, 1, 'Find a lead', 'UNFUNDED', 1000, 'USD')""", isf, objective, result);
        long funded = jdbc.queryForObject("""
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id, funding_source,
                       amount, currency)
                values (?, ?, ?, 2, 'Train the police', ?, 'ASSESSED', 500, 'USD') returning id""", Long.class, isf, objective, result, a.policeUnitId());
        jdbc.update("""
                insert into plan_task_funding (task_id, position, source, required, pledged, disbursed)
                values (?, 0, 'ASSESSED', 500, 200, 100)""", funded);
        // a plan of each mission awaiting a decision: B's for 5 days, A's for 2
        submittedA = plan(a.missionId(), "COMPONENT_PLAN", "Police plan A", "IN_REVIEW");
        submittedB = plan(b.missionId(), "MISSION_CONCEPT", "Concept B", "IN_REVIEW");
        submit(submittedA, 2);
        submit(submittedB, 5);

        var users = new TestUsers(jdbc, encoder);
        both = TestUsers.uniqueName("pf-both");
        bothId = users.create(both, "USER", "Unused-Passphrase-1");
        users.member(bothId, a.missionId(), "VIEWER");
        users.member(bothId, b.missionId(), "VIEWER");
    }

    @AfterEach
    void removeThem() {
        a.delete();
        b.delete();
        jdbc.update("delete from app_user where id = ?", bothId);
    }

    @Test
    void aPlannerSeesOnlyTheirMissionsRowsInThePageTheApiAndTheExports() throws Exception {
        var planner = as(a.plannerUsername());
        List<String> acronyms = JsonPath.read(body("/api/v1/portfolio", planner), "$[*].acronym");
        assertThat(acronyms).containsExactly(acronymA);
        String page = body("/portfolio", planner);
        assertThat(page).contains(acronymA).doesNotContain(acronymB);
        assertThat(body("/portfolio.csv", planner)).contains(acronymA).doesNotContain(acronymB);
        assertThat(body("/portfolio/export.csv", as(b.plannerUsername())))
                .contains(acronymB)
                .doesNotContain(acronymA);

        var reviewer = as(reviewer());
        List<String> all = JsonPath.read(body("/api/v1/portfolio", reviewer), "$[*].acronym");
        assertThat(all).contains(acronymA, acronymB, "UNMIL", "MONUC");
    }

    @Test
    void theRowsSortByEachColumnEitherWay() throws Exception {
        var user = as(both);
        assertThat(acronyms("/api/v1/portfolio?sort=mandateExpiry&dir=asc", user))
                .containsExactly(acronymA, acronymB);
        assertThat(acronyms("/api/v1/portfolio?sort=mandateExpiry&dir=desc", user))
                .containsExactly(acronymB, acronymA);
        assertThat(acronyms("/api/v1/portfolio?sort=waiting&dir=desc", user)).containsExactly(acronymB, acronymA);
        assertThat(acronyms("/api/v1/portfolio?sort=noLead&dir=desc", user)).containsExactly(acronymA, acronymB);
        for (PortfolioSort sort : PortfolioSort.values()) {
            for (String dir : List.of("asc", "desc")) {
                assertThat(acronyms("/api/v1/portfolio?sort=" + sort.param() + "&dir=" + dir, user))
                        .as(sort.param() + " " + dir)
                        .containsExactlyInAnyOrder(acronymA, acronymB);
                mvc.perform(get("/portfolio?sort=" + sort.param() + "&dir=" + dir)
                                .with(user))
                        .andExpect(status().isOk());
            }
        }
        // the page's headers sort, and say which way
        String page = body("/portfolio?sort=mandateExpiry&dir=asc", user);
        assertThat(page.indexOf(">" + acronymA + "<")).isLessThan(page.indexOf(">" + acronymB + "<"));
        assertThat(page).contains("aria-sort=\"ascending\"").contains("sort=mandateExpiry&amp;dir=desc");
    }

    @Test
    void theRowsFilterByTypePhaseRegionHostCountryAndIntegrationModel() throws Exception {
        var user = as(both);
        assertThat(acronyms("/api/v1/portfolio?type=SPECIAL_POLITICAL_MISSION", user))
                .containsExactly(acronymB);
        assertThat(acronyms("/api/v1/portfolio?phase=START_UP", user)).containsExactly(acronymB);
        assertThat(acronyms("/api/v1/portfolio?region=AFRICA", user)).containsExactly(acronymA);
        assertThat(acronyms("/api/v1/portfolio?region=EUROPE", user)).containsExactly(acronymB);
        assertThat(acronyms("/api/v1/portfolio?country=lr", user)).containsExactly(acronymA);
        assertThat(acronyms("/api/v1/portfolio?model=BOTH_FEET_IN", user)).containsExactly(acronymA);
        assertThat(acronyms("/api/v1/portfolio?model=BOTH_FEET_IN&phase=START_UP", user))
                .isEmpty();
        String page = body("/portfolio?country=XK", user);
        assertThat(page).contains(acronymB).doesNotContain(">" + acronymA + "<");
        // the export links keep the filter
        assertThat(page).contains("/portfolio.csv?sort=mission&amp;dir=asc&amp;country=XK");
    }

    @Test
    void theFiguresOfAMissionAreThoseOfItsPlansMandateAndReviews() throws Exception {
        String json = body("/api/v1/portfolio?country=LR", as(both));
        Map<String, Object> row = JsonPath.read(json, "$[0]");
        assertThat(row.get("acronym")).isEqualTo(acronymA);
        assertThat(row.get("region")).isEqualTo("AFRICA");
        assertThat(row.get("mandateSymbol")).isEqualTo("S/RES/9001 (2025)");
        assertThat(((Number) row.get("mandateDaysLeft")).longValue()).isEqualTo(30);
        assertThat(row.get("plansAwaitingDecision")).isEqualTo(1);
        assertThat(((Number) row.get("oldestAwaitingDays")).longValue()).isEqualTo(2);
        assertThat(((Number) row.get("oldestAwaitingPlanId")).longValue()).isEqualTo(submittedA);
        assertThat(((Number) row.get("tasks")).longValue()).isEqualTo(2);
        assertThat(((Number) row.get("tasksWithoutLead")).longValue()).isEqualTo(1);
        assertThat(((Number) row.get("unfundedTasks")).longValue()).isEqualTo(1);
        assertThat(row.get("unfundedPercent")).isEqualTo(50);
        assertThat(((Number) row.get("indicatorsOffTrack")).longValue()).isEqualTo(1);
        assertThat(new BigDecimal(row.get("fundingGapTotal").toString())).isEqualByComparingTo("1300");
        assertThat((String) JsonPath.read(json, "$[0].fundingGap[0].currency")).isEqualTo("USD");
        assertThat(row.get("planInForceId")).isNull();
        assertThat((String) JsonPath.read(json, "$[0].links.awaitingDecision"))
                .isEqualTo("/plans/" + submittedA + "/review");
        assertThat((String) JsonPath.read(json, "$[0].links.tasksWithoutLead")).endsWith("/tasks?filter=noLead");
        // three units, none of them a JMAC or a military component: some checks apply, some warn
        assertThat(((Number) row.get("applicableChecks")).intValue()).isPositive();

        Map<String, Object> rowB = JsonPath.read(body("/api/v1/portfolio?country=XK", as(both)), "$[0]");
        assertThat(((Number) rowB.get("oldestAwaitingDays")).longValue()).isEqualTo(5);
        assertThat(rowB.get("unfundedPercent")).isNull();
    }

    @Test
    void theExportsHoldTheSameRowsAsThePageWithTheFilters() throws Exception {
        var user = as(both);
        byte[] csv = mvc.perform(get("/portfolio.csv?country=LR").with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFFMission,Full name,Type,Phase,Region");
        assertThat(lines.get(1))
                .startsWith(acronymA + ",")
                .contains("Africa")
                .contains("S/RES/9001 (2025)")
                .contains("USD 1300.00");

        String french = mvc.perform(
                        get("/portfolio/export.csv?sort=mission&lang=fr").with(user))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(french).contains("Expiration du mandat").contains("Europe");

        byte[] xlsx = mvc.perform(
                        get("/portfolio.xlsx?sort=mandateExpiry&dir=desc").with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mission");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(acronymB);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(acronymA);
            int daysLeft = 9; // the tenth column: mission, name, type, phase, region, countries, model, mandate, expiry
            assertThat(sheet.getRow(2).getCell(daysLeft).getNumericCellValue()).isEqualTo(30.0);
        }
    }

    @Test
    void unknownSortAndFilterValuesAreIgnoredOnThePageAndRefusedByTheApiNeverA500() throws Exception {
        var user = as(both);
        String bad =
                "?sort=bogus&dir=sideways&type=NOPE&phase=%27%3B+drop+table+mission&region=MARS&country=ZZ&model=1";
        String page = body("/portfolio" + bad, user);
        assertThat(page)
                .contains("sort=bogus")
                .contains("country=ZZ")
                .contains(acronymA)
                .contains(acronymB);
        mvc.perform(get("/api/v1/portfolio" + bad).with(user))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"));
        String huge = "x".repeat(10_000);
        mvc.perform(get("/portfolio").param("sort", huge).param("country", huge).with(user))
                .andExpect(status().isOk());
        mvc.perform(get("/portfolio.csv").param("type", huge).with(user)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/portfolio").param("dir", huge).with(user)).andExpect(status().isBadRequest());
    }

    @Test
    void theHomePageOfHqShowsTheReviewQueueOldestFirstAndOthersDoNot() throws Exception {
        String home = body("/", as(reviewer()));
        assertThat(home).contains("data-testid=\"review-queue\"").contains("href=\"/portfolio\"");
        int b5 = home.indexOf("/plans/" + submittedB + "/review");
        int a2 = home.indexOf("/plans/" + submittedA + "/review");
        assertThat(b5).isPositive();
        assertThat(a2).isGreaterThan(b5);
        assertThat(home).contains("Test " + b.plannerUsername());

        String admin = body("/", as("admin"));
        assertThat(admin).contains("data-testid=\"review-queue\"").contains("data-testid=\"home-portfolio\"");

        String planner = body("/", as(a.plannerUsername()));
        assertThat(planner).doesNotContain("data-testid=\"review-queue\"").contains("href=\"/portfolio\"");
    }

    private long plan(long missionId, String kind, String title, String status) {
        return jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                values (?, ?, ?, date '2026-01-01', date '2027-12-31', ?) returning id""", Long.class, missionId, kind, title, status);
    }

    private void submit(long planId, int daysAgo) {
        String by = jdbc.queryForObject(
                "select u.username from app_user u join mission_membership m on m.user_id = u.id "
                        + "join plan p on p.mission_id = m.mission_id where p.id = ? and m.role = 'PLANNER'",
                String.class,
                planId);
        jdbc.update("""
                insert into plan_version (plan_id, number, snapshot, status, submitted_by, submitted_by_name, submitted_at)
                values (?, 1, '{}'::jsonb, 'SUBMITTED', ?, ?, now() - make_interval(days => ?) - interval '1 hour')""", planId, by, "Test " + by, daysAgo);
    }

    private String reviewer() {
        return "reviewer";
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private List<String> acronyms(String path, RequestPostProcessor user) throws Exception {
        return JsonPath.read(body(path, user), "$[*].acronym");
    }

    private String body(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
