package org.missionplanner.mission.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Bad input in the mission pages and API is a 400 or a field error, never a 500, and nothing is saved. */
@SpringBootTest
@AutoConfigureMockMvc
class MissionBadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    String admin;
    long adminId;
    long missionId;

    @BeforeEach
    void createAdministratorAndMission() {
        var testUsers = new TestUsers(jdbc, encoder);
        admin = TestUsers.uniqueName("bad-input-admin");
        adminId = testUsers.create(admin, "ADMINISTRATOR", "Bad-Input-Passphrase-1");
        missionId = testUsers.createMission(TestUsers.uniqueName("BIN"));
        testUsers.member(adminId, missionId, "PLANNER");
    }

    @AfterEach
    void deleteThem() {
        jdbc.update("delete from mission where id = ?", missionId);
        jdbc.update("delete from mission where acronym like 'NUL%'");
        jdbc.update("delete from app_user where id = ?", adminId);
    }

    @Test
    void aNulByteInTheAcronymIsAFieldErrorOnTheFormAndA400InTheApi() throws Exception {
        var form = perform(post("/missions")
                .param("acronym", "NUL\u0000X")
                .param("fullName", "Nul mission")
                .param("type", "MULTIDIMENSIONAL_PKO")
                .param("phase", "ASSESSMENT_AND_PLANNING")
                .param("ochaPosition", "ONE_FOOT_IN_ONE_FOOT_OUT"));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString())
                .contains("This text contains control characters, which are not allowed.")
                .contains("acronym-errors");

        mvc.perform(post("/api/v1/missions")
                        .with(administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"acronym": "NUL\\u0000Y", "fullName": "Nul mission", "type": "MULTIDIMENSIONAL_PKO",
                                 "phase": "ASSESSMENT_AND_PLANNING", "ochaPosition": "ONE_FOOT_IN_ONE_FOOT_OUT"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("acronym"));
        assertThat(jdbc.queryForObject("select count(*) from mission where acronym like 'NUL%'", Integer.class))
                .isZero();
    }

    @Test
    void aNulByteInTheSearchIsA400AndAHugePageNumberIsAnEmptyPage() throws Exception {
        var search = perform(get("/missions").param("q", "\u0000"));
        assertThat(search.getStatus()).isEqualTo(400);
        assertThat(search.getContentAsString()).doesNotContain("Exception");

        mvc.perform(get("/api/v1/missions").param("q", "a\u0000").with(administrator()))
                .andExpect(status().isBadRequest());

        assertThat(perform(get("/missions").param("page", "2147483647")).getStatus())
                .isEqualTo(200);
        mvc.perform(get("/api/v1/missions").param("page", "2147483647").with(administrator()))
                .andExpect(status().isOk());
        assertThat(perform(get("/admin/users").param("page", "2147483647")).getStatus())
                .isEqualTo(200);
        assertThat(perform(get("/admin/audit").param("page", "2147483647")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void anUnknownModalityInAResolutionTaskRowIsAFieldError() throws Exception {
        var response = perform(post("/missions/{m}/mandate/resolutions", missionId)
                .param("symbol", "S/RES/2999 (2026)")
                .param("adoptedOn", "2026-01-15")
                .param("tasks[0].category", "ELECTIONS")
                .param("tasks[0].modality", "x")
                .param("tasks[0].description", "Support the elections"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("tasks0-modality-errors");
        assertThat(jdbc.queryForObject(
                        "select count(*) from resolution where mission_id = ?", Integer.class, missionId))
                .isZero();
    }

    private RequestPostProcessor administrator() {
        return user(users.loadUserByUsername(admin));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(administrator()).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
