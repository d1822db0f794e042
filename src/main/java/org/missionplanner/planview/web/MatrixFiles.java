package org.missionplanner.planview.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the matrix's rows as CSV (UTF-8 with a byte-order mark, for spreadsheets) or as XLSX. */
final class MatrixFiles {

    private MatrixFiles() {}

    static byte[] csv(MatrixTable table) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            csv.printRecord(table.header().stream().map(MatrixFiles::inert).toList());
            for (MatrixTable.Line line : table.lines()) {
                List<String> cells = new ArrayList<>(
                        line.cells().stream().map(MatrixFiles::inert).toList());
                cells.add(line.amount() == null ? "" : line.amount().toPlainString());
                cells.add(inert(line.currency()));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(MatrixTable table, String sheetName, String totalsName) {
        try (var workbook = new XSSFWorkbook();
                var bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle markStyle = workbook.createCellStyle();
            markStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle amountStyle = workbook.createCellStyle();
            amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(headerStyle);
            }
            int firstMark = MatrixTable.LEADING_COLUMNS;
            int afterMarks = firstMark + table.actorColumns();
            int r = 1;
            for (MatrixTable.Line line : table.lines()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.cells().size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(line.cells().get(c));
                    if (c >= firstMark && c < afterMarks) {
                        cell.setCellStyle(markStyle);
                    }
                }
                Cell amount = row.createCell(afterMarks + 1);
                if (line.amount() != null) {
                    amount.setCellValue(line.amount().doubleValue());
                    amount.setCellStyle(amountStyle);
                }
                row.createCell(afterMarks + 2).setCellValue(line.currency());
            }
            sheet.createFreezePane(firstMark, 1);
            int lastColumn = table.header().size() - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, lastColumn));
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            sheet.setColumnWidth(2, 50 * 256);
            for (int c = firstMark; c < afterMarks; c++) {
                sheet.setColumnWidth(
                        c, Math.max(8, Math.min(24, table.header().get(c).length() + 4)) * 256);
            }
            sheet.setColumnWidth(afterMarks, 26 * 256);
            sheet.setColumnWidth(afterMarks + 1, 16 * 256);
            sheet.setColumnWidth(afterMarks + 2, 10 * 256);

            Sheet totals = workbook.createSheet(totalsName);
            int next = block(totals, 0, table.actorTotals(), headerStyle, amountStyle);
            block(totals, next + 1, table.funding(), headerStyle, amountStyle);
            totals.setColumnWidth(0, 32 * 256);
            for (int c = 1; c < 4; c++) {
                totals.setColumnWidth(c, 16 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a block of totals from the row given; returns the row after it. */
    private static int block(
            Sheet sheet, int first, MatrixTable.Block block, CellStyle headerStyle, CellStyle amountStyle) {
        Row header = sheet.createRow(first);
        for (int c = 0; c < block.header().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(block.header().get(c));
            cell.setCellStyle(headerStyle);
        }
        int r = first + 1;
        for (List<Object> values : block.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                Object value = values.get(c);
                if (value instanceof BigDecimal amount) {
                    cell.setCellValue(amount.doubleValue());
                    cell.setCellStyle(amountStyle);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(value));
                }
            }
        }
        return r;
    }

    /** A cell a spreadsheet would read as a formula is kept as text. */
    static String inert(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value == null ? "" : value;
    }
}
