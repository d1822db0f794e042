package org.missionplanner.planview.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
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
 * Control characters that reached the database some other way than through the forms and the API
 * (an old row, a direct SQL fix) do not break the XML documents of anyone: the PDF export, the
 * spreadsheet, and the SVG downloads leave them out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ControlCharacterExportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    PlanWorld world;
    long planId;

    @BeforeEach
    void storeControlCharactersDirectly() {
        world = PlanWorld.create(jdbc, encoder);
        jdbc.update(
                "update mission set full_name = ? where id = ?",
                "Mission\u0001 with a control character",
                world.missionId());
        jdbc.update("update org_unit set name = ? where id = ?", "DDR\u0002 Section", world.ddrUnitId());
        planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'TRANSITION_PLAN',
                ?, date '2026-01-01', date '2027-06-30') returning id""", Long.class, world.missionId(), "Plan\u0003 title");
        jdbc.update("""
                insert into plan_task (plan_id, position, title, lead_unit_id, start_on, end_on)
                values (?, 1, ?, ?, date '2026-02-01', date '2026-06-30')""", planId, "a\u0001b\u001fc\u0085d", world.ddrUnitId());
        jdbc.update("""
                insert into partnership (mission_id, organisation_id, arrangement, start_date, notes)
                values (?, ?, 'IMPLEMENTING_PARTNER', date '2026-01-01', ?)""", world.missionId(), world.organisationId(), "Talks\u0007 weekly");
        jdbc.update(
                "update organisation set full_name = ? where id = ?", "Partner\u0008 agency", world.organisationId());
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void thePdfExportLeavesControlCharactersOut() throws Exception {
        var response = download("/plans/" + planId + "/export.pdf");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(new String(response.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void theSpreadsheetExportIsWritten() throws Exception {
        var response = download("/plans/" + planId + "/export.xlsx");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(new String(response.getContentAsByteArray(), 0, 2, StandardCharsets.US_ASCII))
                .isEqualTo("PK");
    }

    @Test
    void theSvgDownloadsAreWellFormedXmlWithoutControlCharacters() throws Exception {
        for (String path : new String[] {
            "/missions/" + world.missionId() + "/partners/map.svg", "/missions/" + world.missionId() + "/organigram.svg"
        }) {
            var response = download(path);

            assertThat(response.getStatus()).as(path).isEqualTo(200);
            String svg = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(svg).as(path).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
            DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        }
    }

    private MockHttpServletResponse download(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(world.viewerUsername()))))
                .andReturn()
                .getResponse();
    }
}
