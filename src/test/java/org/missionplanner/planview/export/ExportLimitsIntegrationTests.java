package org.missionplanner.planview.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Exports are bounded: a few at once per instance, and no PDF larger than its memory allows. */
@SpringBootTest
@AutoConfigureMockMvc
class ExportLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    ExportSlots slots;

    PlanWorld world;
    long planId;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK',
                'Export limits', date '2026-01-01', date '2027-12-31') returning id""", Long.class, world.missionId());
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void pastTheBoundAnExportIsTurnedAwayWith503AndRetryAfterAndTheServerKeepsAnswering() throws Exception {
        ExecutorService holders = Executors.newFixedThreadPool(8);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // take every slot, however many the instance has
            CountDownLatch taken = new CountDownLatch(1);
            holders.submit(() -> holdAll(release, taken));
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

            MvcResult busy = export("/plans/" + planId + "/export.pdf");
            assertThat(busy.getResponse().getStatus()).isEqualTo(503);
            assertThat(busy.getResponse().getHeader("Retry-After")).isEqualTo("30");
            assertThat(busy.getResponse().getContentAsString())
                    .contains("Too many exports at once")
                    .contains("href=\"/plans/" + planId + "\"");
            assertThat(mvc.perform(get("/plans/" + planId).with(asViewer()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        } finally {
            release.countDown();
            holders.shutdown();
            assertThat(holders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(export("/plans/" + planId + "/export.xlsx").getResponse().getStatus())
                .isEqualTo(200);
    }

    /** Holds slots one inside the other until none is left, then waits for the release. */
    private void holdAll(CountDownLatch release, CountDownLatch taken) {
        try {
            slots.render(() -> {
                holdAll(release, taken);
                return null;
            });
        } catch (ExportsBusyException allTaken) {
            taken.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aPlanTooLargeToPrintIsRefusedWithAClearPageAndTheSpreadsheetStillWorks() throws Exception {
        // 1,100 tasks with 4,000-character descriptions: more text than one PDF may hold
        jdbc.update("""
                insert into plan_task (plan_id, position, title, description, lead_unit_id)
                select ?, n, 'Task ' || n, repeat('Long description. ', 222), ?
                  from generate_series(1, 1100) n""", planId, world.headUnitId());

        MvcResult refused = export("/plans/" + planId + "/export.pdf");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString())
                .contains("This plan is too large to print")
                .contains("spreadsheet");

        MvcResult spreadsheet = export("/plans/" + planId + "/export.xlsx");
        assertThat(spreadsheet.getResponse().getStatus()).isEqualTo(200);
        assertThat(spreadsheet.getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void aSlotIsGivenBackWhenAnExportFails() {
        var one = new ExportSlots(1, Duration.ZERO);
        assertThatThrownBy(() -> one.render(() -> {
                    throw new IllegalStateException("rendering failed");
                }))
                .hasMessage("rendering failed");
        assertThat(one.render(() -> "rendered")).isEqualTo("rendered");
    }

    private MvcResult export(String path) throws Exception {
        return mvc.perform(get(path).with(asViewer())).andReturn();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor asViewer() {
        return user(users.loadUserByUsername(world.viewerUsername()));
    }
}
