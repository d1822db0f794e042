package org.missionplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
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
 * The portfolio page, its API and its export run the same number of SQL statements for a user of
 * 100 missions as for a user of 3, each mission with a structure, a mandate, an approved plan with
 * tasks, funding, an indicator and its measurement, a partnership and a plan awaiting a decision;
 * the home page of an HQ reviewer, with the review queue, too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortfolioStatementCountIntegrationTests {

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

    @Test
    void theSameNumberOfStatementsFor3And100Missions() throws Exception {
        var users = new TestUsers(jdbc, encoder);
        String small = TestUsers.uniqueName("pf-count-s");
        String large = TestUsers.uniqueName("pf-count-l");
        long smallId = users.create(small, "USER", "Count-Test-Passphrase-1");
        long largeId = users.create(large, "USER", "Count-Test-Passphrase-1");
        String smallPrefix = TestUsers.uniqueName("PFS");
        String largePrefix = TestUsers.uniqueName("PFL");
        long organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind) values (?, 'Counted agency', 'OTHER') returning id""", Long.class, TestUsers.uniqueName("PFO"));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        try {
            missions(smallPrefix, 3, smallId, organisation);
            var reviewer = user(userDetails.loadUserByUsername("reviewer"));
            statistics.setStatisticsEnabled(true);
            long homeBefore = statementsFor("/", reviewer, "review-queue");
            statistics.setStatisticsEnabled(false);
            missions(largePrefix, 100, largeId, organisation);
            statistics.setStatisticsEnabled(true);

            var asSmall = user(userDetails.loadUserByUsername(small));
            var asLarge = user(userDetails.loadUserByUsername(large));
            long pageSmall = statementsFor("/portfolio?sort=fundingGap&dir=desc", asSmall, smallPrefix + "-3");
            long pageLarge = statementsFor("/portfolio?sort=fundingGap&dir=desc", asLarge, largePrefix + "-100");
            assertThat(pageLarge)
                    .as("page, 100 missions (3 missions: %d)", pageSmall)
                    .isEqualTo(pageSmall);
            assertThat(pageSmall).isBetween(1L, 30L);

            long apiSmall = statementsFor("/api/v1/portfolio", asSmall, smallPrefix + "-2");
            long apiLarge = statementsFor("/api/v1/portfolio", asLarge, largePrefix + "-99");
            assertThat(apiLarge).as("API (3 missions: %d)", apiSmall).isEqualTo(apiSmall);

            long csvSmall = statementsFor("/portfolio.csv", asSmall, smallPrefix + "-1");
            long csvLarge = statementsFor("/portfolio.csv", asLarge, largePrefix + "-50");
            assertThat(csvLarge).as("CSV (3 missions: %d)", csvSmall).isEqualTo(csvSmall);

            long homeAfter = statementsFor("/", reviewer, "review-queue");
            assertThat(homeAfter)
                    .as("reviewer's home with 103 plans awaiting a decision (3: %d)", homeBefore)
                    .isEqualTo(homeBefore);
        } finally {
            statistics.setStatisticsEnabled(false);
            jdbc.update(
                    "delete from mission where acronym like ? or acronym like ?",
                    smallPrefix + "-%",
                    largePrefix + "-%");
            jdbc.update("delete from organisation where id = ?", organisation);
            jdbc.update("delete from app_user where id in (?, ?)", smallId, largeId);
        }
    }

    /** {@code count} missions named prefix-1 … prefix-count, each with everything the portfolio counts. */
    private void missions(String prefix, int count, long userId, long organisation) {
        String like = prefix + "-%";
        jdbc.update("""
                insert into mission (acronym, full_name, mission_type, ocha_position)
                select ? || '-' || g, 'Counted mission ' || g, 'MULTIDIMENSIONAL_PKO', 'BOTH_FEET_IN'
                  from generate_series(1, ?) g""", prefix, count);
        String missions = "select id from mission where acronym like '" + like.replace("'", "''") + "'";
        jdbc.update("insert into mission_host_country (mission_id, country_code) select id, 'LR' from (" + missions
                + ") m");
        jdbc.update(
                "insert into mission_membership (user_id, mission_id, role) select ?, id, 'VIEWER' from (" + missions
                        + ") m",
                userId);
        jdbc.update("""
                insert into resolution (mission_id, symbol, adopted_on, expires_on)
                select id, 'S/RES/' || (id % 99999) || ' (2025)', current_date - 100, current_date + (id % 300)::int from (""" + missions + ") m");
        jdbc.update("""
                insert into org_unit (mission_id, unit_type, name, category, sort_order)
                select id, 'HEAD_OF_MISSION', 'SRSG', 'SUBSTANTIVE', 0 from (""" + missions + ") m");
        jdbc.update("""
                insert into partnership (mission_id, organisation_id, arrangement, start_date)
                select id, ?, 'DONOR', date '2020-01-01' from (""" + missions + ") m", organisation);
        jdbc.update("""
                insert into partnership_principle (partnership_id, principle, assessment)
                select p.id, 'CONSULTATION', 'NOT_MET' from partnership p where p.mission_id in (""" + missions + ")");
        jdbc.update("""
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                select id, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Counted framework', date '2026-01-01', date '2027-12-31',
                       'APPROVED' from (""" + missions + ") m");
        jdbc.update("""
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                select id, 'COMPONENT_PLAN', 'Counted component plan', date '2026-01-01', date '2027-12-31',
                       'IN_REVIEW' from (""" + missions + ") m");
        String plans = "select id from plan where mission_id in (" + missions + ")";
        jdbc.update("""
                insert into plan_version (plan_id, number, snapshot, status, submitted_by, submitted_by_name, submitted_at,
                       decided_by, decided_by_name, decided_at)
                select id, 1, '{}'::jsonb, 'APPROVED', 'counter', 'Counter', now() - interval '9 days', 'reviewer',
                       'Reviewer', now() - interval '8 days' from plan where kind = 'INTEGRATED_STRATEGIC_FRAMEWORK'
                   and id in (""" + plans + ")");
        jdbc.update("""
                insert into plan_version (plan_id, number, snapshot, status, submitted_by, submitted_by_name, submitted_at)
                select id, 1, '{}'::jsonb, 'SUBMITTED', 'counter', 'Counter', now() - interval '3 days' from plan
                 where kind = 'COMPONENT_PLAN' and id in (""" + plans + ")");
        jdbc.update("""
                insert into plan_objective (plan_id, position, title, dimension)
                select id, 1, 'Counted objective', 'SECURITY' from (""" + plans + ") p");
        jdbc.update("""
                insert into plan_result (plan_id, objective_id, position, title)
                select plan_id, id, 1, 'Counted result' from plan_objective where plan_id in (""" + plans + ")");
        jdbc.update("""
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, baseline_on,
                       target_value, target_on)
                select plan_id, id, 1, 'Counted indicator', 'things', 0, date '2020-01-01', 100, date '2021-01-01'
                  from plan_result where plan_id in (""" + plans + ")");
        jdbc.update("""
                insert into indicator_measurement (indicator_id, plan_id, value, measured_on, recorded_by)
                select id, plan_id, 10, date '2021-06-01', 'counter' from plan_indicator where plan_id in (""" + plans + ")");
        jdbc.update("""
                insert into plan_task (plan_id, position, title, funding_source, amount, currency, lead_unit_id)
                select p.id, 1, 'Counted unfunded task', 'UNFUNDED', 100, 'USD', u.id from plan p
                  join org_unit u on u.mission_id = p.mission_id where p.id in (""" + plans + ")");
        jdbc.update("""
                insert into plan_task (plan_id, position, title, funding_source, amount, currency, lead_unit_id)
                select p.id, 2, 'Counted funded task', 'ASSESSED', 500, 'USD', u.id from plan p
                  join org_unit u on u.mission_id = p.mission_id where p.id in (""" + plans + ")");
        jdbc.update("""
                insert into plan_task_funding (task_id, position, source, required, pledged, disbursed)
                select id, 0, 'ASSESSED', 500, 200, 100 from plan_task where title = 'Counted funded task'
                   and plan_id in (""" + plans + ")");
    }

    private long statementsFor(String path, RequestPostProcessor principal, String expected) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var body = mvc.perform(get(path).with(principal))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains(expected);
        return statistics.getPrepareStatementCount();
    }
}
