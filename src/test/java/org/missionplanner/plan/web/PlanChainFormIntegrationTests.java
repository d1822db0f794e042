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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The chain of plans in the forms: "Derives from" on the plan's header and "Contributes to" on a
 * task of a deriving plan; a refusal is shown on its field, and nothing is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanChainFormIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    PlanWorld world;
    PlanWorld otherWorld;
    PlanFixture isf;
    long component;

    @BeforeEach
    void createChain() {
        world = PlanWorld.create(jdbc, encoder);
        otherWorld = PlanWorld.create(jdbc, encoder);
        isf = PlanFixture.create(jdbc, world);
        component = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, parent_plan_id)
                values (?, 'COMPONENT_PLAN', 'DDR work plan', date '2026-01-01', date '2026-12-31', ?) returning id""", Long.class, world.missionId(), isf.planId());
    }

    @AfterEach
    void deleteWorlds() {
        world.delete();
        otherWorld.delete();
    }

    @Test
    void theHeaderFormOffersTheMissionsOtherPlans() throws Exception {
        var response = perform(get("/plans/{p}/edit", component));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("name=\"parentPlanId\"")
                .containsPattern("<option value=\"" + isf.planId() + "\" selected=\"selected\">Fixture ISF");
    }

    @Test
    void aPlanDerivingFromItselfIsAFieldError() throws Exception {
        var response = perform(header(component, "DDR work plan", component));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("A plan cannot derive from itself.")
                .contains("id=\"parentPlanId-errors\"");
        assertThat(parentOf(component)).isEqualTo(isf.planId());
    }

    @Test
    void aCycleIsAFieldError() throws Exception {
        var response = perform(post("/plans/{p}", isf.planId())
                .param("kind", "INTEGRATED_STRATEGIC_FRAMEWORK")
                .param("title", "Fixture ISF")
                .param("periodStart", "2026-01-01")
                .param("periodEnd", "2027-12-31")
                .param("parentPlanId", String.valueOf(component))
                .param("version", String.valueOf(version(isf.planId()))));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("the chain of plans would go round in a circle")
                .contains("id=\"parentPlanId-errors\"");
        assertThat(parentOf(isf.planId())).isNull();
    }

    @Test
    void aNewPlanDerivingFromAnotherMissionsPlanIsAFieldErrorAndNotSaved() throws Exception {
        long foreign = PlanFixture.create(jdbc, otherWorld).planId();
        int plans = plansOfMission();

        var response = perform(post("/missions/{m}/plans", world.missionId())
                .param("kind", "COMPONENT_PLAN")
                .param("title", "Stray")
                .param("periodStart", "2026-01-01")
                .param("periodEnd", "2026-12-31")
                .param("parentPlanId", String.valueOf(foreign)));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("A plan can only derive from another plan of the same mission.")
                .contains("id=\"parentPlanId-errors\"");
        assertThat(plansOfMission()).isEqualTo(plans);
    }

    @Test
    void theTaskFormOffersOnlyTheParentPlansResults() throws Exception {
        var response = perform(get("/plans/{p}/tasks/new", component));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Contributes to (result of Fixture ISF)")
                .contains("<option value=\"" + isf.resultId() + "\">Combatants disarmed</option>");

        var unchained = perform(get("/plans/{p}/tasks/new", isf.planId()));
        assertThat(unchained.getContentAsString()).doesNotContain("contributesToResultId");
    }

    @Test
    void aContributionToAResultOutsideTheParentPlanIsAFieldError() throws Exception {
        long foreignResult = PlanFixture.create(jdbc, otherWorld).resultId();

        var response = perform(task(foreignResult));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Choose a result of the plan this one derives from.")
                .containsPattern("-contributesToResultId-errors\"");
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, component))
                .isZero();

        var saved = perform(task(isf.resultId()));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select parent_result_id from plan_contribution where plan_id = ?", Long.class, component))
                .isEqualTo(isf.resultId());
    }

    @Test
    void aResultOfADerivingPlanContributesToAResultOfTheParentPlan() throws Exception {
        long objective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Cantonment', 'SECURITY')
                returning id""", Long.class, component);
        var form = perform(get("/plans/{p}/results/new", component).param("objectiveId", String.valueOf(objective)));
        assertThat(form.getContentAsString())
                .contains("Contributes to (result of Fixture ISF)")
                .contains("<option value=\"" + isf.resultId() + "\">Combatants disarmed</option>");

        long foreignResult = PlanFixture.create(jdbc, otherWorld).resultId();
        var refused = perform(result(objective, foreignResult));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("Choose a result of the plan this one derives from.")
                .containsPattern("-contributesToResultId-errors\"");
        assertThat(jdbc.queryForObject("select count(*) from plan_result where plan_id = ?", Integer.class, component))
                .isZero();

        assertThat(perform(result(objective, isf.resultId())).getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select parent_result_id from plan_contribution where plan_id = ? and result_id is not null",
                        Long.class,
                        component))
                .isEqualTo(isf.resultId());
    }

    private MockHttpServletRequestBuilder result(long objectiveId, long contributesTo) {
        return post("/plans/{p}/results", component)
                .param("objectiveId", String.valueOf(objectiveId))
                .param("title", "Sites open")
                .param("contributesToResultId", String.valueOf(contributesTo));
    }

    private MockHttpServletRequestBuilder header(long planId, String title, Long parent) {
        return post("/plans/{p}", planId)
                .param("kind", "COMPONENT_PLAN")
                .param("title", title)
                .param("periodStart", "2026-01-01")
                .param("periodEnd", "2026-12-31")
                .param("parentPlanId", parent == null ? "" : String.valueOf(parent))
                .param("version", String.valueOf(version(planId)));
    }

    private MockHttpServletRequestBuilder task(long contributesTo) {
        return post("/plans/{p}/tasks", component)
                .param("title", "Staff the cantonment sites")
                .param("lead", "unit-" + world.ddrUnitId())
                .param("fundingSource", "ASSESSED")
                .param("horizon", "IMMEDIATE")
                .param("status", "NOT_STARTED")
                .param("contributesToResultId", String.valueOf(contributesTo));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(world.plannerUsername())))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }

    private Long parentOf(long planId) {
        return jdbc.queryForObject("select parent_plan_id from plan where id = ?", Long.class, planId);
    }

    private int plansOfMission() {
        return jdbc.queryForObject("select count(*) from plan where mission_id = ?", Integer.class, world.missionId());
    }
}
