package org.missionplanner.portfolio.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.missionplanner.mission.Countries;
import org.missionplanner.portfolio.PortfolioRow;
import org.springframework.context.MessageSource;

/**
 * The portfolio's rows as a table of cells, in the reader's language, written as CSV (UTF-8 with a
 * byte-order mark, for spreadsheets) or XLSX (numbers as numbers). A cell is a String, a Number or
 * null (empty).
 */
final class PortfolioTable {

    static final List<String> COLUMNS = List.of(
            "mission",
            "fullName",
            "type",
            "phase",
            "region",
            "hostCountries",
            "model",
            "mandate",
            "mandateExpiry",
            "daysLeft",
            "awaiting",
            "waitingDays",
            "planInForce",
            "approvedOn",
            "planAgeDays",
            "offTrack",
            "indicators",
            "noLead",
            "tasks",
            "unfundedTasks",
            "unfundedPercent",
            "fundingGap",
            "partnershipsUnmet",
            "partnerships",
            "failingChecks",
            "overdue");

    private final List<String> header;
    private final List<List<Object>> lines;

    private PortfolioTable(List<String> header, List<List<Object>> lines) {
        this.header = header;
        this.lines = lines;
    }

    static PortfolioTable of(List<PortfolioRow> rows, MessageSource messages, Locale locale) {
        List<String> header = COLUMNS.stream()
                .map(c -> messages.getMessage("portfolio.column." + c, null, locale))
                .toList();
        List<List<Object>> lines = new ArrayList<>();
        for (PortfolioRow r : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(r.acronym());
            cells.add(r.fullName());
            cells.add(r.type() == null ? null : messages.getMessage("mission.type." + r.type(), null, locale));
            cells.add(r.phase() == null ? null : messages.getMessage("mission.phase." + r.phase(), null, locale));
            cells.add(r.region() == null ? null : messages.getMessage("portfolio.region." + r.region(), null, locale));
            cells.add(r.hostCountries().stream()
                    .map(c -> Countries.name(c, locale))
                    .collect(Collectors.joining(", ")));
            cells.add(
                    r.integrationModel() == null
                            ? null
                            : messages.getMessage("mission.ocha." + r.integrationModel(), null, locale));
            cells.add(r.mandateSymbol());
            cells.add(r.mandateExpiresOn() == null ? null : r.mandateExpiresOn().toString());
            cells.add(r.mandateDaysLeft());
            cells.add(r.plansAwaitingDecision());
            cells.add(r.oldestAwaitingDays());
            cells.add(r.planInForceTitle());
            cells.add(
                    r.planInForceApprovedOn() == null
                            ? null
                            : r.planInForceApprovedOn().toString());
            cells.add(r.planInForceAgeDays());
            cells.add(r.indicatorsOffTrack());
            cells.add(r.indicators());
            cells.add(r.tasksWithoutLead());
            cells.add(r.tasks());
            cells.add(r.unfundedTasks());
            cells.add(r.unfundedPercent());
            cells.add(r.fundingGap().stream()
                    .map(g -> (g.currency().isEmpty() ? "" : g.currency() + " ")
                            + g.gap().toPlainString())
                    .collect(Collectors.joining("; ")));
            cells.add(r.partnershipsWithUnmetPrinciple());
            cells.add(r.partnerships());
            cells.add(r.failingChecks());
            cells.add(r.overdueActions());
            lines.add(cells);
        }
        return new PortfolioTable(header, lines);
    }

    byte[] csv() {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            csv.printRecord(header.stream().map(PortfolioTable::inert).toList());
            for (List<Object> line : lines) {
                csv.printRecord(line.stream()
                        .map(v -> v == null ? "" : v instanceof Number ? v.toString() : inert((String) v))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(String sheetName) {
        try (var workbook = new XSSFWorkbook();
                var bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            for (List<Object> line : lines) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(
                    new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell a spreadsheet would take for a formula is kept as text. */
    static String inert(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
