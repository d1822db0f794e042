package org.missionplanner.mission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.missionplanner.shared.BusinessRuleException;

/**
 * Reads a CSV list of operations in the form of {@code un_pko_operations_1948_2019.csv}: UTF-8,
 * a header row, the columns acronym, mission_name, start_text, end_text, status_in_source and
 * host_country_ipi (start_month and end_month, "1948-05", are used when the text is blank; other
 * columns are ignored).
 */
final class MissionCsv {

    static final int MAX_ROWS = 5000;
    static final Set<String> REQUIRED_COLUMNS =
            Set.of("acronym", "mission_name", "start_text", "end_text", "status_in_source", "host_country_ipi");

    /** One data row, its values trimmed ("" when the column is absent or blank). */
    record Row(
            int line,
            String acronym,
            String name,
            String startText,
            String startMonth,
            String endText,
            String endMonth,
            String status,
            String hostCountry) {}

    private MissionCsv() {}

    static List<Row> read(byte[] content) {
        String text = decode(content);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var headers = parser.getHeaderMap().keySet().stream()
                    .map(h -> h == null ? "" : h.trim().toLowerCase())
                    .toList();
            if (!headers.containsAll(REQUIRED_COLUMNS)) {
                throw new BusinessRuleException("import.file.columns", "file");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new BusinessRuleException("import.file.tooManyRows", "file");
                }
                rows.add(new Row(
                        (int) record.getRecordNumber() + 1,
                        value(record, "acronym"),
                        value(record, "mission_name"),
                        value(record, "start_text"),
                        value(record, "start_month"),
                        value(record, "end_text"),
                        value(record, "end_month"),
                        value(record, "status_in_source"),
                        value(record, "host_country_ipi")));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new BusinessRuleException("import.file.unreadable", "file");
        }
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return "";
        }
        String value = record.get(column);
        return value == null ? "" : value.trim();
    }

    private static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("import.file.empty", "file");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BusinessRuleException("import.file.encoding", "file");
        }
    }
}
