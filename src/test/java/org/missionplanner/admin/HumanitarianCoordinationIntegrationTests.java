package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administrators grant the mission's humanitarian coordination role on the members page and over
 * the memberships API; it is audited; nobody else may grant it. The demo planner holds it on UNMIL only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HumanitarianCoordinationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long mission;
    long member;
    String memberName;

    @BeforeEach
    void aMissionWithAPlanner() {
        var users = new TestUsers(jdbc, encoder);
        mission = users.createMission(TestUsers.uniqueName("HC"));
        memberName = TestUsers.uniqueName("hc-planner");
        member = users.create(memberName, "USER", "Humanitarian-Test-1");
        users.member(member, mission, "PLANNER");
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from mission where id = ?", mission);
        jdbc.update("delete from app_user where id = ?", member);
    }

    @Test
    void anAdministratorGrantsTheRoleOnTheMembersPageAndItIsAudited() throws Exception {
        mvc.perform(post("/missions/{m}/members/{u}/humanitarian-coordination", mission, member)
                        .param("granted", "true")
                        .with(user("hc-admin").roles("ADMINISTRATOR"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(holds()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where event_type = 'HUMANITARIAN_COORDINATION_CHANGED' and mission_id = ?",
                        Integer.class,
                        mission))
                .isOne();

        mvc.perform(post("/missions/{m}/members/{u}/humanitarian-coordination", mission, member)
                        .param("granted", "false")
                        .with(user(memberName).roles("USER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(holds()).isTrue();
    }

    @Test
    void theMembershipsApiShowsAndSetsHumanitarianCoordination() throws Exception {
        mvc.perform(put("/api/v1/missions/{m}/members/{u}", mission, member)
                        .with(user("hc-admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"PLANNER\", \"humanitarianCoordination\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.humanitarianCoordination").value(true))
                .andExpect(jsonPath("$.role").value("PLANNER"));
        mvc.perform(get("/api/v1/missions/{m}/members", mission)
                        .with(user("hc-admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username").value(memberName))
                .andExpect(jsonPath("$[0].humanitarianCoordination").value(true));
        mvc.perform(put("/api/v1/missions/{m}/members/{u}", mission, member)
                        .with(user(memberName).roles("USER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"PLANNER\", \"humanitarianCoordination\": false}"))
                .andExpect(status().isForbidden());
        assertThat(holds()).isTrue();
    }

    @Test
    void theDemoPlannerHoldsTheRoleOnUnmilOnlyAndNobodyElseHoldsIt() {
        assertThat(jdbc.queryForList("""
                        select u.username || '@' || m.acronym from mission_membership mm
                          join app_user u on u.id = mm.user_id join mission m on m.id = mm.mission_id
                         where mm.humanitarian_coordination and u.username in ('admin', 'reviewer', 'planner', 'viewer')""", String.class)).containsExactly("planner@UNMIL");
    }

    private boolean holds() {
        return jdbc.queryForObject(
                "select humanitarian_coordination from mission_membership where user_id = ? and mission_id = ?",
                Boolean.class,
                member,
                mission);
    }
}
