package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

/**
 * The links under a plan's title to the plan it derives from and those deriving from it: the plan
 * page asks for them once shown ({@code GET /plans/{id}/chain}), and they are read only by those who
 * may read the plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanChainLinksIntegrationTests {

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
                values (?, 'COMPONENT_PLAN', 'Police component plan', date '2026-01-01', date '2026-12-31', ?)
                returning id""", Long.class, world.missionId(), isf.planId());
    }

    @AfterEach
    void deleteWorlds() {
        world.delete();
        otherWorld.delete();
    }

    MockHttpServletResponse fetch(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
    }

    @Test
    void thePlanPageLoadsTheLinksOfItsChainAfterwards() throws Exception {
        String page = fetch("/plans/" + isf.planId(), world.viewerUsername()).getContentAsString();
        assertThat(page).contains("hx-get=\"/plans/" + isf.planId() + "/chain\"");

        String links = fetch("/plans/" + isf.planId() + "/chain", world.viewerUsername())
                .getContentAsString();
        assertThat(links)
                .contains("Plans deriving from it:")
                .contains("href=\"/plans/" + component + "\"")
                .contains("Police component plan");

        String up =
                fetch("/plans/" + component + "/chain", world.viewerUsername()).getContentAsString();
        assertThat(up).contains("Derives from").contains("href=\"/plans/" + isf.planId() + "\"");
    }

    @Test
    void aPlanOutsideAnyChainShowsNothingAndOthersMayNotReadTheLinks() throws Exception {
        long alone = PlanFixture.create(jdbc, world).planId();
        MockHttpServletResponse response = fetch("/plans/" + alone + "/chain", world.viewerUsername());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).doesNotContain("plan-chain");

        assertThat(fetch("/plans/" + isf.planId() + "/chain", otherWorld.viewerUsername())
                        .getStatus())
                .isEqualTo(403);
        assertThat(fetch("/plans/999999999/chain", world.viewerUsername()).getStatus())
                .isEqualTo(404);
    }
}
