package org.missionplanner.partner.web;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.security.MissionPlannerUser;
import org.missionplanner.security.SecuritySliceSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** /api/v1/organisations: list with filters, get, create, update, with problem details for bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OrganisationApiIntegrationTests {

    private static final MissionPlannerUser ADMIN =
            SecuritySliceSupport.principal("api-admin", GlobalRole.ADMINISTRATOR);
    private static final MissionPlannerUser USER = SecuritySliceSupport.principal("api-user", GlobalRole.USER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsWithFiltersAndPaging() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("q", "kfor").with(user(USER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].acronym").value("KFOR"))
                .andExpect(jsonPath("$.items[0].kind").value("COALITION_OR_STATE"))
                .andExpect(jsonPath("$.items[0].parentId").isNumber());
        mvc.perform(get("/api/v1/organisations")
                        .param("humanitarian", "true")
                        .param("size", "100")
                        .with(user(USER)))
                .andExpect(jsonPath("$.items[*].acronym", hasItem("ICRC")))
                .andExpect(jsonPath("$.items[*].acronym", not(hasItem("NATO"))));
        mvc.perform(get("/api/v1/organisations")
                        .param("kind", "UN_SECRETARIAT")
                        .param("size", "5")
                        .with(user(USER)))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.totalItems", greaterThan(20)));
        mvc.perform(get("/api/v1/organisations").param("kind", "NOT_A_KIND").with(user(USER)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void getsOneAndAnswers404ForAnUnknownId() throws Exception {
        long osce = jdbc.queryForObject("select id from organisation where acronym = 'OSCE'", Long.class);
        mvc.perform(get("/api/v1/organisations/" + osce).with(user(USER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Organization for Security and Co-operation in Europe"))
                .andExpect(jsonPath("$.source").value("DOMAIN_BRIEF"));
        mvc.perform(get("/api/v1/organisations/" + Long.MAX_VALUE).with(user(USER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorCreatesAndUpdatesAndAStaleVersionIsAConflict() throws Exception {
        var created = mvc.perform(post("/api/v1/organisations")
                        .with(user(ADMIN))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("API-NGO", "INTERNATIONAL_NGO", "https://ngo.example.org", null)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

        mvc.perform(put("/api/v1/organisations/" + id)
                        .with(user(ADMIN))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("API-NGO", "INTERNATIONAL_NGO", null, 0L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/organisations/" + id)
                        .with(user(ADMIN))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("API-NGO-2", "INTERNATIONAL_NGO", null, 0L)))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputGivesProblemDetailsWithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .with(user(ADMIN))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("", "INTERNATIONAL_NGO", "mailto:a@b.org", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("acronym")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("website")));
        mvc.perform(post("/api/v1/organisations")
                        .with(user(ADMIN))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("unhcr", "UN_AGENCY_FUND_PROGRAMME", null, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("acronym"));
    }

    @Test
    void aUserWhoIsNotAnAdministratorCannotWrite() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .with(user(USER))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("API-NO", "OTHER", null, null)))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.queryForObject("select count(*) from organisation where acronym = 'API-NO'", Long.class))
                .isZero();
    }

    private static String json(String acronym, String kind, String website, Long version) {
        return """
                {"acronym": "%s", "fullName": "API test %s", "kind": "%s", "website": %s, "humanitarian": false,
                 "version": %s}""".formatted(
                        acronym,
                        acronym,
                        kind,
                        website == null ? "null" : "\"" + website + "\"",
                        version == null ? "null" : version);
    }
}
