package org.missionplanner.planview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.MatrixPlan;
import org.missionplanner.plan.PlanWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The matrix page with its filters, its CSV and XLSX files, and the timeline page, as a mission's viewer sees them. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanMatrixTimelinePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    PlanWorld world;
    MatrixPlan plan;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        plan = MatrixPlan.create(jdbc, world);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void theMatrixShowsWhoLeadsAndSupportsEachTaskByObjectiveWithItsFlagsAndTotals() throws Exception {
        String page = page("/matrix");

        assertThat(page)
                .contains("Showing 4 of 4 tasks")
                .contains("1. Security sector stabilised")
                .contains("2. Justice within reach")
                .contains("Not linked to an objective")
                .contains("Disarm &amp; demobilise &lt;combatants&gt;")
                .doesNotContain("<combatants>");
        assertThat(page)
                .contains("Tasks without a lead (1)")
                .contains("Units of the mission with no task in this plan (1)");
        assertThat(page).containsSubsequence("data-testid=\"idle-units\"", "SRSG");
        assertThat(page).containsSubsequence("DDR Section", "UNPOL", world.organisationAcronym(), "Funding source");
        assertThat(page).containsSubsequence("Train the national police", "mark m-support", "mark m-lead");
        assertThat(page)
                .contains(">1/1<")
                .contains("Funding of the tasks shown, by source")
                .containsSubsequence("Voluntary / agency funds", "2,500 USD");
        assertThat(page).contains("class=\"nav-link active\"").containsSubsequence("aria-current=\"page\"", "Matrix");
    }

    @Test
    void theFiltersNarrowTheRowsAndTheExportLinksKeepThem() throws Exception {
        assertThat(page("/matrix?dimension=RULE_OF_LAW"))
                .contains("Showing 1 of 4 tasks")
                .contains("Reform the courts")
                .doesNotContain("Train the national police")
                .contains("/plans/" + plan.planId() + "/matrix.csv?dimension=RULE_OF_LAW")
                .contains("/plans/" + plan.planId() + "/matrix.xlsx?dimension=RULE_OF_LAW");
        assertThat(page("/matrix?actor=unit-" + world.ddrUnitId()))
                .contains("Showing 2 of 4 tasks")
                .contains("Train the national police")
                .doesNotContain("Reform the courts")
                .containsPattern("value=\"unit-" + world.ddrUnitId() + "\"\\s+selected");
        assertThat(page("/matrix?funding=UNFUNDED"))
                .contains("Showing 1 of 4 tasks")
                .contains("Survey the returns");
        assertThat(page("/matrix?dimension=HUMANITARIAN")).contains("No task matches these filters.");
        assertThat(page("/matrix?dimension=NOT_A_DIMENSION&funding=&actor="))
                .as("unknown values filter nothing")
                .contains("Showing 4 of 4 tasks");
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsBelowTheFilters() throws Exception {
        var response = mvc.perform(get("/plans/" + plan.planId() + "/matrix?funding=VOLUNTARY")
                        .header("HX-Request", "true")
                        .with(user(userDetails.loadUserByUsername(world.viewerUsername()))))
                .andReturn()
                .getResponse();

        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body)
                .startsWith("<div id=\"matrix-results\"")
                .doesNotContain("<html")
                .doesNotContain("<form")
                .contains("Showing 1 of 4 tasks")
                .contains("Train the national police");
    }

    @Test
    void theCsvHoldsTheFilteredRowsWithAMarkPerActor() throws Exception {
        MockHttpServletResponse response = file("/matrix.csv?actor=unit-" + world.policeUnitId());

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("-matrix-test-isf-matrix-unit-" + world.policeUnitId() + ".csv");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).toList())
                .containsExactly(
                        "Objective",
                        "Dimension",
                        "Task",
                        "DDR Section",
                        "UNPOL",
                        world.organisationAcronym(),
                        "Funding source",
                        "Amount",
                        "Currency");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList())
                .containsExactly(
                        "Security sector stabilised",
                        "Security",
                        MatrixPlan.DISARM,
                        "L",
                        "S",
                        "S",
                        "Assessed budget",
                        "1000.00",
                        "USD");
        assertThat(records.get(2).toList())
                .containsExactly(
                        "Security sector stabilised",
                        "Security",
                        "Train the national police",
                        "S",
                        "L",
                        "",
                        "Voluntary / agency funds",
                        "2500.00",
                        "USD");
    }

    @Test
    void theXlsxHasABoldFrozenFilterableHeaderAndNumericAmounts() throws Exception {
        MockHttpServletResponse response = file("/matrix.xlsx?dimension=SECURITY");

        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("matrix-security.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Responsibility matrix");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Task");
            assertThat(workbook.getFontAt(header.getCell(2).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row disarm = sheet.getRow(1);
            assertThat(disarm.getCell(2).getStringCellValue()).isEqualTo(MatrixPlan.DISARM);
            assertThat(disarm.getCell(3).getStringCellValue()).isEqualTo("L");
            Cell amount = disarm.getCell(header.getLastCellNum() - 2);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1000.0);

            XSSFSheet totals = workbook.getSheet("Totals");
            assertThat(totals.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Leads");
            assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("DDR Section");
            assertThat(totals.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(totals.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void theTimelineDrawsBarsByHorizonBenchmarksAndTodayAndListsTheUndatedTasks() throws Exception {
        String page = page("/timeline");

        assertThat(page).contains("<svg").contains("class=\"timeline-axis\"").contains("class=\"timeline-body\"");
        assertThat(page)
                .contains("class=\"today\"")
                .contains("bar horizon-immediate")
                .contains("bar horizon-political-timetable")
                .contains("bar horizon-long-term");
        assertThat(page).contains("href=\"/plans/" + plan.planId() + "/tasks/" + plan.disarmId() + "/in-outline\"");
        assertThat(page).contains("class=\"benchmark transition\"").contains("Police take over security");
        assertThat(page).contains("Disarm &amp; demobilise &lt;combatants&gt;").doesNotContain("<combatants>");
        assertThat(page)
                .contains("3 tasks drawn")
                .containsSubsequence("Tasks without a start and an end date (1)", "Survey the returns");
        assertThat(page).containsSubsequence("aria-current=\"page\"", "Timeline");
    }

    @Test
    void anUnknownPlanIsNotFound() throws Exception {
        var viewer = user(userDetails.loadUserByUsername(world.viewerUsername()));
        for (String view : List.of("/matrix", "/matrix.csv", "/matrix.xlsx", "/timeline")) {
            int status = mvc.perform(get("/plans/{id}" + view, Long.MAX_VALUE).with(viewer))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(view).isEqualTo(404);
        }
    }

    @Test
    void aTaskLinkOfASmallPlanOpensTheWholeOutlineAtTheTask() throws Exception {
        MockHttpServletResponse link = mvc.perform(
                        get("/plans/" + plan.planId() + "/tasks/" + plan.disarmId() + "/in-outline")
                                .with(user(userDetails.loadUserByUsername(world.viewerUsername()))))
                .andReturn()
                .getResponse();
        assertThat(link.getStatus()).isEqualTo(302);
        assertThat(link.getRedirectedUrl()).isEqualTo("/plans/" + plan.planId() + "#task-" + plan.disarmId());
    }

    private String page(String view) throws Exception {
        MockHttpServletResponse response = file(view);
        assertThat(response.getStatus()).as(view).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse file(String view) throws Exception {
        var response = mvc.perform(get("/plans/" + plan.planId() + view)
                        .with(user(userDetails.loadUserByUsername(world.viewerUsername()))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(view).isEqualTo(200);
        return response;
    }
}
