package org.missionplanner.planview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** The exports are offered as downloads with a file name that says what they are. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "HQ_REVIEWER")
class PlanExportControllerIntegrationTests {

    @Autowired
    PlanExportController controller;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    long planId;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'TRANSITION_PLAN',
                'Transition: hand-over to national police', date '2026-01-01', date '2027-06-30') returning id""", Long.class, world.missionId());
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void thePdfIsAnAttachmentNamedAfterMissionTitleAndPeriod() {
        var response = controller.pdf(planId, Locale.ENGLISH);

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .contains("transition-hand-over-to-national-police-2026-2027.pdf");
        assertThat(new String(response.getBody(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void theWorkbookIsAnAttachmentOfTheSpreadsheetType() {
        var response = controller.xlsx(planId, Locale.ENGLISH);

        assertThat(response.getHeaders().getContentType()).isEqualTo(PlanExportController.XLSX);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .endsWith("-2026-2027.xlsx\"");
        assertThat(new String(response.getBody(), 0, 2)).isEqualTo("PK");
    }

    @Test
    void aPlanThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> controller.pdf(Long.MAX_VALUE, Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser(username = "stranger")
    void someoneOutsideTheMissionIsRefused() {
        assertThatThrownBy(() -> controller.xlsx(planId, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }
}
