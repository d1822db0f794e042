package org.missionplanner.planview.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.monitoring.MeasurementView;
import org.missionplanner.plan.FundingLine;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.ResultView;
import org.missionplanner.plan.RiskView;
import org.missionplanner.plan.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a plan as a workbook: Plan, Objectives and results, Indicators (with the latest
 * measurement), Tasks (one row per task), Funding (one row per task and source), Risks, Measurements. Every sheet has a bold, frozen
 * header row with a filter; dates and amounts are real date and number cells.
 */
@Component
class PlanWorkbook {

    private final MessageSource messages;

    PlanWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(PlanExportData data, Locale locale) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheets = new Sheets(workbook, messages, locale);
            planSheet(sheets, data);
            objectivesSheet(sheets, data.outline());
            indicatorsSheet(sheets, data);
            tasksSheet(sheets, data);
            fundingSheet(sheets, data.outline());
            risksSheet(sheets, data.outline());
            measurementsSheet(sheets, data);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void planSheet(Sheets s, PlanExportData data) {
        PlanView plan = data.outline().plan();
        Sheet sheet = s.sheet("plan.xlsx.sheet.plan", col("plan.xlsx.field", 28), col("plan.xlsx.value", 100));
        s.pair(sheet, "plan.print.mission", plan.missionAcronym() + " · " + data.missionName());
        s.pair(sheet, "plan.xlsx.kind", s.text("plan.kind." + plan.kind()));
        s.pair(sheet, "plan.xlsx.title", plan.title());
        s.pair(sheet, "plan.xlsx.periodStart", plan.periodStart());
        s.pair(sheet, "plan.xlsx.periodEnd", plan.periodEnd());
        s.pair(sheet, "plan.print.status", s.text("plan.status." + plan.status()));
        s.pair(sheet, "plan.print.vision", plan.sharedVision());
        s.pair(sheet, "plan.print.context", plan.contextSummary());
        s.pair(sheet, "plan.xlsx.generatedOn", data.today());
        s.finish(sheet);
    }

    private void objectivesSheet(Sheets s, PlanOutline outline) {
        Sheet sheet = s.sheet(
                "plan.xlsx.sheet.objectives",
                col("plan.xlsx.number", 8),
                col("plan.print.objective", 40),
                col("plan.xlsx.dimension", 16),
                col("plan.xlsx.objectiveDescription", 50),
                col("plan.xlsx.number", 8),
                col("plan.xlsx.result", 40),
                col("plan.xlsx.resultDescription", 50));
        int o = 0;
        for (var node : outline.objectives()) {
            o++;
            var objective = node.objective();
            if (node.results().isEmpty()) {
                s.row(
                        sheet,
                        String.valueOf(o),
                        objective.title(),
                        s.text("plan.dimension." + objective.dimension()),
                        objective.description(),
                        null,
                        null,
                        null);
            }
            int r = 0;
            for (var result : node.results()) {
                r++;
                s.row(
                        sheet,
                        String.valueOf(o),
                        objective.title(),
                        s.text("plan.dimension." + objective.dimension()),
                        objective.description(),
                        o + "." + r,
                        result.result().title(),
                        result.result().description());
            }
        }
        s.finish(sheet);
    }

    private void indicatorsSheet(Sheets s, PlanExportData data) {
        Sheet sheet = s.sheet(
                "plan.xlsx.sheet.indicators",
                col("plan.print.objective", 32),
                col("plan.xlsx.result", 32),
                col("plan.print.indicator", 45),
                col("plan.xlsx.unit", 12),
                col("plan.print.baseline", 11),
                col("plan.xlsx.baselineOn", 12),
                col("plan.print.target", 11),
                col("plan.xlsx.targetOn", 12),
                col("plan.xlsx.dataSource", 24),
                col("plan.xlsx.frequency", 14),
                col("plan.print.latest", 11),
                col("plan.xlsx.latestOn", 12),
                col("plan.xlsx.progress", 11),
                col("plan.print.offTrack", 10));
        for (var node : data.outline().objectives()) {
            for (var result : node.results()) {
                for (IndicatorView i : result.indicators()) {
                    s.row(
                            sheet,
                            node.objective().title(),
                            result.result().title(),
                            i.definition(),
                            i.unit(),
                            i.baselineValue(),
                            i.baselineOn(),
                            i.targetValue(),
                            i.targetOn(),
                            i.dataSource(),
                            i.frequency() == null ? null : s.text("plan.frequency." + i.frequency()),
                            i.latestValue(),
                            i.latestOn(),
                            i.progressPercent() == null ? null : BigDecimal.valueOf(i.progressPercent()),
                            i.offTrack() ? s.text("plan.print.yes") : s.text("plan.print.no"));
                }
            }
        }
        s.finish(sheet);
    }

    private void tasksSheet(Sheets s, PlanExportData data) {
        Sheet sheet = s.sheet(
                "plan.xlsx.sheet.tasks",
                col("plan.xlsx.number", 7),
                col("plan.print.task", 40),
                col("plan.xlsx.description", 40),
                col("plan.print.objective", 30),
                col("plan.xlsx.result", 30),
                col("plan.xlsx.lead", 24),
                col("plan.xlsx.supporters", 32),
                col("plan.xlsx.fundingSource", 20),
                col("plan.xlsx.amount", 14),
                col("plan.xlsx.currency", 9),
                col("plan.xlsx.startOn", 12),
                col("plan.xlsx.endOn", 12),
                col("plan.xlsx.horizon", 18),
                col("plan.print.taskStatus", 12),
                col("plan.xlsx.mandatedCategory", 30),
                col("plan.print.counterpart", 30),
                col("plan.xlsx.outsidePeriod", 12));
        Map<Long, String> objectives = data.objectiveTitles();
        Map<Long, String> results = data.resultTitles();
        int n = 0;
        for (TaskView t : data.outline().allTasks()) {
            n++;
            s.row(
                    sheet,
                    BigDecimal.valueOf(n),
                    t.title(),
                    t.description(),
                    t.objectiveId() == null ? s.text("plan.print.unlinked") : objectives.get(t.objectiveId()),
                    t.resultId() == null ? null : results.get(t.resultId()),
                    t.lead() == null ? s.text("plan.print.noLead") : t.lead().name(),
                    t.supporters().stream().map(NamedParty::name).collect(Collectors.joining(", ")),
                    s.text("plan.funding." + t.fundingSource()),
                    t.amount(),
                    t.currency(),
                    t.startOn(),
                    t.endOn(),
                    s.text("plan.horizon." + t.horizon()),
                    s.text("plan.taskStatus." + t.status()),
                    t.mandateCategory() == null ? null : s.text("mandate.category." + t.mandateCategory()),
                    t.nationalCounterpart(),
                    t.outsidePeriod() ? s.text("plan.print.yes") : null);
        }
        s.finish(sheet);
    }

    /** One row per task and source that funds it: required, pledged, disbursed and the gap. */
    private void fundingSheet(Sheets s, PlanOutline outline) {
        Sheet sheet = s.sheet(
                "plan.xlsx.sheet.funding",
                col("plan.xlsx.number", 7),
                col("plan.print.task", 40),
                col("plan.xlsx.fundingSource", 24),
                col("plan.xlsx.currency", 9),
                col("plan.task.funding.required", 16),
                col("plan.task.funding.pledged", 16),
                col("plan.task.funding.disbursed", 16),
                col("plan.task.funding.gap", 16));
        int n = 0;
        for (TaskView t : outline.allTasks()) {
            n++;
            for (FundingLine line : t.funding()) {
                s.row(
                        sheet,
                        BigDecimal.valueOf(n),
                        t.title(),
                        s.text("plan.funding." + line.source()),
                        t.currency(),
                        line.required(),
                        line.pledged(),
                        line.disbursed(),
                        line.gap());
            }
        }
        s.finish(sheet);
    }

    private void risksSheet(Sheets s, PlanOutline outline) {
        Sheet sheet = s.sheet(
                "plan.xlsx.sheet.risks",
                col("plan.xlsx.number", 7),
                col("plan.print.risk", 50),
                col("plan.print.dilemma", 20),
                col("plan.xlsx.likelihood", 12),
                col("plan.xlsx.impact", 12),
                col("plan.xlsx.severity", 12),
                col("plan.print.mitigation", 50),
                col("plan.print.owner", 24));
        int n = 0;
        for (RiskView risk : outline.risks()) {
            n++;
            s.row(
                    sheet,
                    BigDecimal.valueOf(n),
                    risk.description(),
                    risk.dilemma() == null ? null : s.text("plan.dilemma." + risk.dilemma()),
                    s.text("plan.level." + risk.likelihood()),
                    s.text("plan.level." + risk.impact()),
                    s.text("plan.level." + risk.severity()),
                    risk.mitigation(),
                    risk.owner() == null ? null : risk.owner().name());
        }
        s.finish(sheet);
    }

    private void measurementsSheet(Sheets s, PlanExportData data) {
        Sheet sheet = s.sheet(
                "plan.xlsx.sheet.measurements",
                col("plan.print.indicator", 45),
                col("plan.xlsx.result", 32),
                col("plan.xlsx.measuredOn", 13),
                col("plan.xlsx.value", 11),
                col("plan.xlsx.unit", 12),
                col("plan.xlsx.note", 45),
                col("plan.xlsx.recordedBy", 16),
                col("plan.xlsx.recordedOn", 13));
        Map<Long, IndicatorView> indicators = data.indicatorsById();
        Map<Long, ResultView> results = data.resultsById();
        for (MeasurementView m : data.measurements()) {
            IndicatorView indicator = indicators.get(m.indicatorId());
            ResultView result = indicator == null ? null : results.get(indicator.resultId());
            s.row(
                    sheet,
                    indicator == null ? null : indicator.definition(),
                    result == null ? null : result.title(),
                    m.measuredOn(),
                    m.value(),
                    indicator == null ? null : indicator.unit(),
                    m.note(),
                    m.recordedBy(),
                    m.recordedAt() == null ? null : LocalDate.ofInstant(m.recordedAt(), ZoneOffset.UTC));
        }
        s.finish(sheet);
    }

    private static Column col(String key, int width) {
        return new Column(key, width);
    }

    private record Column(String key, int width) {}

    /** Builds sheets with one look: a bold frozen header, date and number formats, a filter. */
    private static final class Sheets {

        private final XSSFWorkbook workbook;
        private final MessageSource messages;
        private final Locale locale;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle wrap;
        private final CellStyle bold;

        Sheets(XSSFWorkbook workbook, MessageSource messages, Locale locale) {
            this.workbook = workbook;
            this.messages = messages;
            this.locale = locale;
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
        }

        String text(String key) {
            return messages.getMessage(key, null, key, locale);
        }

        Sheet sheet(String nameKey, Column... columns) {
            Sheet sheet = workbook.createSheet(text(nameKey));
            Row row = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                var cell = row.createCell(c);
                cell.setCellValue(text(columns[c].key()));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, columns[c].width() * 256);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        void pair(Sheet sheet, String labelKey, Object value) {
            row(sheet, text(labelKey), value);
            sheet.getRow(sheet.getLastRowNum()).getCell(0).setCellStyle(bold);
            var cell = sheet.getRow(sheet.getLastRowNum()).getCell(1);
            if (value instanceof String) {
                cell.setCellStyle(wrap);
            }
        }

        void row(Sheet sheet, Object... values) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(c);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }

        void finish(Sheet sheet) {
            int columns = sheet.getRow(0).getLastCellNum();
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 1), 0, columns - 1));
        }
    }
}
