package org.missionplanner.planview.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.Party;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.monitoring.MeasurementDetails;
import org.missionplanner.monitoring.MonitoringSeeding;
import org.missionplanner.plan.Dilemma;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.IndicatorDetails;
import org.missionplanner.plan.IndicatorFrequency;
import org.missionplanner.plan.LargePlan;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanSeeding;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.plan.ResultDetails;
import org.missionplanner.plan.RiskDetails;
import org.missionplanner.plan.RiskLevel;
import org.missionplanner.plan.TaskDetails;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** The plan's PDF and workbook: what they contain, read back, and how many statements they cost. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "HQ_REVIEWER")
class PlanExportsIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlanExports exports;

    @Autowired
    PlanSeeding seeding;

    @Autowired
    MonitoringSeeding monitoring;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    PlanWorld world;
    long planId;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        planId = seeding.createPlan(
                world.missionId(),
                new PlanDetails(
                        PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                        "Framework for the Northern Counties",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        "Former combatants have a livelihood.",
                        "After the ceasefire."),
                Instant.now());
        long objective = seeding.add(
                PartKind.OBJECTIVE,
                planId,
                new ObjectiveDetails(
                        "Combatants reintegrated", Dimension.SECURITY, "Disarmament, demobilisation, reintegration."));
        long result =
                seeding.add(PartKind.RESULT, planId, new ResultDetails(objective, "Ex-combatants in training", null));
        long indicator = seeding.add(
                PartKind.INDICATOR,
                planId,
                new IndicatorDetails(
                        result,
                        "Ex-combatants enrolled",
                        "people",
                        BigDecimal.ZERO,
                        LocalDate.of(2026, 1, 1),
                        BigDecimal.valueOf(5000),
                        LocalDate.of(2027, 6, 30),
                        "DDR database",
                        IndicatorFrequency.QUARTERLY));
        monitoring.recordMeasurement(
                planId,
                indicator,
                new MeasurementDetails(BigDecimal.valueOf(1250), LocalDate.of(2026, 3, 31), "First quarter"),
                "tester",
                Instant.now());
        seeding.add(
                PartKind.TASK,
                planId,
                new TaskDetails(
                        "Run vocational training centres",
                        "Carpentry and masonry",
                        null,
                        result,
                        MandateCategory.DDR,
                        Party.unit(world.ddrUnitId()),
                        List.of(Party.organisation(world.organisationId()), Party.unit(world.policeUnitId())),
                        "National DDR Commission",
                        FundingSource.PEACEBUILDING_FUND,
                        BigDecimal.valueOf(1_500_000),
                        "USD",
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 12, 31),
                        TimeHorizon.LONG_TERM,
                        TaskStatus.AT_RISK));
        seeding.add(
                PartKind.TASK,
                planId,
                new TaskDetails(
                        "Quick-impact projects",
                        null,
                        null,
                        null,
                        null,
                        Party.unit(world.headUnitId()),
                        List.of(),
                        null,
                        FundingSource.UNFUNDED,
                        null,
                        null,
                        null,
                        null,
                        TimeHorizon.IMMEDIATE,
                        TaskStatus.NOT_STARTED));
        seeding.add(
                PartKind.RISK,
                planId,
                new RiskDetails(
                        "Escorts compromise humanitarian space",
                        Dilemma.HUMANITARIAN_SPACE,
                        RiskLevel.MEDIUM,
                        RiskLevel.HIGH,
                        "Escorts only on request",
                        Party.unit(world.policeUnitId())));
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void thePdfShowsThePlanItsTasksWithLeadAndSupportersAndNumbersItsPages() throws Exception {
        PlanExports.Export export = exports.pdf(planId, Locale.ENGLISH);

        assertThat(export.fileName()).endsWith("-framework-for-the-northern-counties-2026-2027.pdf");
        try (var pdf = Loader.loadPDF(export.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Framework for the Northern Counties",
                            "Former combatants have a livelihood.",
                            "Combatants reintegrated",
                            "Ex-combatants enrolled",
                            "1,250",
                            "Run vocational training centres",
                            "DDR Section",
                            "UNPOL",
                            "National DDR Commission",
                            "Peacebuilding Fund",
                            "1,500,000 USD",
                            "Quick-impact projects",
                            "Not linked to an objective",
                            "Escorts compromise humanitarian space",
                            "Humanitarian space",
                            "Page 1 of " + pdf.getNumberOfPages());
            assertThat(text.replace(" ", ""))
                    .as("a supporter's long acronym may wrap")
                    .contains(world.organisationAcronym());
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void thePdfSpeaksTheReadersLanguage() throws Exception {
        try (var pdf = Loader.loadPDF(exports.pdf(planId, Locale.FRENCH).content())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Vision commune", "Chef de file / appui", "Page 1 sur");
        }
    }

    @Test
    void theAccessiblePdfIsTaggedForAssistiveTechnology() throws Exception {
        try (var plain = Loader.loadPDF(exports.pdf(planId, Locale.ENGLISH).content())) {
            assertThat(plain.getDocumentCatalog().getStructureTreeRoot())
                    .as("the everyday PDF stays small and quick: untagged")
                    .isNull();
        }
        try (var pdf =
                Loader.loadPDF(exports.pdf(planId, org.missionplanner.plan.ShownVersion.DRAFT, Locale.ENGLISH, true)
                        .content())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("marked content").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).startsWith("en");
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Framework for the Northern Counties");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void theWorkbookHasOneSheetPerKindOfElementWithFrozenBoldHeadersAndFilters() throws Exception {
        jdbc.update("""
                insert into plan_task_funding (task_id, position, source, required, pledged, disbursed)
                select id, 0, 'PEACEBUILDING_FUND', 1500000, 1000000, 250000 from plan_task
                 where plan_id = ? and title = 'Run vocational training centres'""", planId);
        PlanExports.Export export = exports.xlsx(planId, Locale.ENGLISH);

        assertThat(export.fileName()).endsWith(".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.content()))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly(
                            "Plan", "Objectives & results", "Indicators", "Tasks", "Funding", "Risks", "Measurements");
            for (Sheet sheet : workbook) {
                assertThat(sheet.getPaneInformation().isFreezePane())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(workbook.getFontAt(sheet.getRow(0)
                                        .getCell(0)
                                        .getCellStyle()
                                        .getFontIndex())
                                .getBold())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(workbook.getSheet(sheet.getSheetName())
                                .getCTWorksheet()
                                .isSetAutoFilter())
                        .as(sheet.getSheetName())
                        .isTrue();
            }
            Sheet tasks = workbook.getSheet("Tasks");
            assertThat(tasks.getLastRowNum()).isEqualTo(2);
            assertThat(text(tasks, 1, "Task")).isEqualTo("Run vocational training centres");
            assertThat(text(tasks, 1, "Lead")).isEqualTo("DDR Section");
            assertThat(text(tasks, 1, "Supporting actors")).isEqualTo(world.organisationAcronym() + ", UNPOL");
            assertThat(text(tasks, 1, "Funding source")).isEqualTo("Peacebuilding Fund");
            assertThat(text(tasks, 1, "Mandated task category")).startsWith("Disarmament");
            assertThat(text(tasks, 1, "National counterpart")).isEqualTo("National DDR Commission");
            var amount = tasks.getRow(1).getCell(column(tasks, "Amount"));
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1_500_000d);
            assertThat(tasks.getRow(1)
                            .getCell(column(tasks, "Start"))
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(text(tasks, 2, "Objective")).isEqualTo("Not linked to an objective");

            Sheet funding = workbook.getSheet("Funding");
            assertThat(funding.getLastRowNum()).isEqualTo(1);
            assertThat(text(funding, 1, "Funding source")).isEqualTo("Peacebuilding Fund");
            assertThat(funding.getRow(1).getCell(column(funding, "Gap")).getNumericCellValue())
                    .isEqualTo(500_000d);

            Sheet indicators = workbook.getSheet("Indicators");
            assertThat(text(indicators, 1, "Indicator")).isEqualTo("Ex-combatants enrolled");
            assertThat(indicators
                            .getRow(1)
                            .getCell(column(indicators, "Latest"))
                            .getNumericCellValue())
                    .isEqualTo(1250d);
            assertThat(text(workbook.getSheet("Measurements"), 1, "Note")).isEqualTo("First quarter");
            assertThat(text(workbook.getSheet("Risks"), 1, "Dilemma")).isEqualTo("Humanitarian space");
            assertThat(text(workbook.getSheet("Objectives & results"), 1, "Result"))
                    .isEqualTo("Ex-combatants in training");
        }
    }

    @Test
    void bothExportsRunTheSameStatementsForOneTaskAsForAThousand() throws Exception {
        LargePlan large = LargePlan.create(jdbc, world.missionId());
        long small = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT', 'Small',
                date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        jdbc.update(
                "insert into plan_task (plan_id, position, title, lead_unit_id) values (?, 1, 'Only task', ?)",
                small,
                world.headUnitId());
        var counter = new StatementCounter(entityManagerFactory);

        long pdfSmall = counter.count(() -> exports.pdf(small, Locale.ENGLISH));
        long pdfLarge = counter.count(() -> exports.pdf(large.planId(), Locale.ENGLISH));
        long xlsxSmall = counter.count(() -> exports.xlsx(small, Locale.ENGLISH));
        long xlsxLarge = counter.count(() -> exports.xlsx(large.planId(), Locale.ENGLISH));

        assertThat(pdfLarge)
                .as("PDF statements for 1,000 tasks (1 task: %d)", pdfSmall)
                .isEqualTo(pdfSmall);
        assertThat(xlsxLarge)
                .as("XLSX statements for 1,000 tasks (1 task: %d)", xlsxSmall)
                .isEqualTo(xlsxSmall);
        assertThat(xlsxSmall).isBetween(1L, 16L);
    }

    /** The first pages of a demo plan as images, to look at: target/screenshots/plan-pdf*.png. */
    @Test
    void theDemoPlanPrintsWell() throws Exception {
        Long unmilIsf = jdbc.query("""
                select p.id from plan p join mission m on m.id = p.mission_id
                 where m.acronym = 'UNMIL' and p.kind = 'INTEGRATED_STRATEGIC_FRAMEWORK' order by p.id limit 1""", rs -> rs.next() ? rs.getLong(1) : null);
        long shown = unmilIsf != null ? unmilIsf : planId;
        try (var pdf = Loader.loadPDF(exports.pdf(shown, Locale.ENGLISH).content())) {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            var renderer = new PDFRenderer(pdf);
            for (int page = 0; page < Math.min(6, pdf.getNumberOfPages()); page++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(page, 100),
                        "png",
                        folder.resolve(page == 0 ? "plan-pdf.png" : "plan-pdf-" + (page + 1) + ".png")
                                .toFile());
            }
            assertThat(Files.size(folder.resolve("plan-pdf.png"))).isPositive();
        }
    }

    private static String text(Sheet sheet, int row, String header) {
        var cell = sheet.getRow(row).getCell(column(sheet, header));
        return cell == null ? null : cell.getStringCellValue();
    }

    private static int column(Sheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }
}
