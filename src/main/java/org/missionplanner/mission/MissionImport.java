package org.missionplanner.mission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionplanner.shared.TextRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports missions from a CSV list of operations (see {@link MissionCsv} for the columns), in one
 * transaction. First every row is checked and compared with the registry; only then is anything
 * written. By default a file with any rejected row changes nothing; with {@code validOnly} the
 * valid rows are imported and the rejected ones reported.
 *
 * <p>Rules of a row: the acronym (spaces kept, "UNEF I") matches an existing mission whatever its
 * case, so importing the same file again updates or leaves missions as they are and never
 * duplicates them. Dates: "May 1948" is the first of the month; "Present" is no end. Status
 * "ongoing" is phase mandate implementation, "closed" is closed. A host country is a country name
 * mapped to its ISO code by {@link CountryNames}; a name that cannot be mapped rejects the row
 * (a mission must not silently lose a host country). A blank host country leaves it empty.
 *
 * <p>What the file updates in an existing mission: the full name; the dates, unless the registry
 * already has a day within the month the file gives (the registry is more precise); the phase, for
 * "closed", and for "ongoing" only when the registry says closed (an ongoing mission may be in
 * start-up or drawdown, which the file does not know); the host countries only when the registry
 * has none (the file names one host, a mission may have several: MINURCAT). Every other fact
 * (type, headquarters, strength, integration model) is kept.
 */
@Service
@Transactional
public class MissionImport {

    private final MissionRepository missions;
    private final Clock clock;

    MissionImport(MissionRepository missions, Clock clock) {
        this.missions = missions;
        this.clock = clock;
    }

    /** Checks that the user may import missions, before the upload page is shown. */
    @PreAuthorize("@missionAccess.canManageRegistry(authentication)")
    @Transactional(readOnly = true)
    public void checkAllowed() {
        // the check is the annotation
    }

    /**
     * Imports the file and reports every row.
     *
     * @param validOnly import the valid rows even when some are rejected
     * @throws org.missionplanner.shared.BusinessRuleException (field "file") when the file cannot be
     *         read as a list of operations at all
     */
    @PreAuthorize("@missionAccess.canManageRegistry(authentication)")
    public ImportReport importCsv(byte[] content, boolean validOnly) {
        List<MissionCsv.Row> rows = MissionCsv.read(content);
        List<ImportRow> report = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (MissionCsv.Row row : rows) {
            String acronym = row.acronym().replaceAll("\\s+", " ");
            String refusedColumn = refusedColumn(row);
            if (refusedColumn != null) {
                report.add(ImportRow.rejected(
                        row.line(), TextRules.printable(acronym), "import.row.controlCharacters", refusedColumn));
                continue;
            }
            Integer first = firstLineOf.putIfAbsent(acronym.toLowerCase(Locale.ROOT), row.line());
            if (first != null && !acronym.isEmpty()) {
                report.add(
                        ImportRow.rejected(row.line(), acronym, "import.row.acronym.repeated", String.valueOf(first)));
                continue;
            }
            report.add(plan(row, acronym, writes));
        }
        boolean anyRejected = report.stream().anyMatch(r -> r.outcome() == ImportOutcome.REJECTED);
        boolean apply = validOnly || !anyRejected;
        if (apply) {
            writes.forEach(Runnable::run);
            missions.flush();
        }
        return new ImportReport(apply, validOnly, report);
    }

    /** The first column of the row whose text has a control character or a NUL byte, or null. */
    private static String refusedColumn(MissionCsv.Row row) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("acronym", row.acronym());
        columns.put("mission_name", row.name());
        columns.put("start_text", row.startText());
        columns.put("start_month", row.startMonth());
        columns.put("end_text", row.endText());
        columns.put("end_month", row.endMonth());
        columns.put("status_in_source", row.status());
        columns.put("host_country_ipi", row.hostCountry());
        return columns.entrySet().stream()
                .filter(column -> TextRules.isRefused(column.getValue()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** Checks one row and compares it with the registry; the write, if any, is added to {@code writes}. */
    private ImportRow plan(MissionCsv.Row row, String acronym, List<Runnable> writes) {
        int line = row.line();
        if (acronym.isEmpty()) {
            return ImportRow.rejected(line, acronym, "import.row.acronym.missing");
        }
        if (acronym.length() > 40) {
            return ImportRow.rejected(line, acronym, "import.row.acronym.tooLong");
        }
        if (row.name().isEmpty()) {
            return ImportRow.rejected(line, acronym, "import.row.name.missing");
        }
        if (row.name().length() > 300) {
            return ImportRow.rejected(line, acronym, "import.row.name.tooLong");
        }
        Optional<MonthDates.Parsed> start;
        Optional<MonthDates.Parsed> end;
        try {
            start = MonthDates.parse(row.startText().isEmpty() ? row.startMonth() : row.startText());
        } catch (IllegalArgumentException e) {
            return ImportRow.rejected(line, acronym, "import.row.start.invalid", row.startText());
        }
        if (start.isEmpty()) {
            return ImportRow.rejected(line, acronym, "import.row.start.missing");
        }
        try {
            end = MonthDates.isPresent(row.endText())
                    ? Optional.empty()
                    : MonthDates.parse(row.endText().isEmpty() ? row.endMonth() : row.endText());
        } catch (IllegalArgumentException e) {
            return ImportRow.rejected(line, acronym, "import.row.end.invalid", row.endText());
        }
        Boolean closed = switch (row.status().toLowerCase(Locale.ROOT)) {
            case "ongoing" -> false;
            case "closed" -> true;
            case "" -> end.isPresent();
            default -> null;
        };
        if (closed == null) {
            return ImportRow.rejected(line, acronym, "import.row.status.unknown", row.status());
        }
        Optional<String> country = CountryNames.codeOf(row.hostCountry());
        if (!row.hostCountry().isEmpty() && country.isEmpty()) {
            return ImportRow.rejected(line, acronym, "import.row.country.unknown", row.hostCountry());
        }

        Optional<Mission> existing = missions.findByAcronym(acronym);
        if (existing.isEmpty()) {
            LocalDate endDate = end.map(MonthDates.Parsed::date).orElse(null);
            if (endDate != null && endDate.isBefore(start.get().date())) {
                return ImportRow.rejected(line, acronym, "import.row.dates.order");
            }
            var facts = MissionFacts.basic(
                    acronym,
                    row.name(),
                    country.map(Set::of).orElse(Set.of()),
                    start.get().date(),
                    endDate,
                    closed ? MissionPhase.CLOSED : MissionPhase.MANDATE_IMPLEMENTATION);
            writes.add(() -> missions.save(new Mission(facts, Instant.now(clock))));
            return new ImportRow(line, acronym, ImportOutcome.CREATED, null, List.of());
        }
        return planUpdate(line, existing.get(), row, start.get(), end, closed, country, writes);
    }

    private ImportRow planUpdate(
            int line,
            Mission mission,
            MissionCsv.Row row,
            MonthDates.Parsed start,
            Optional<MonthDates.Parsed> end,
            boolean closed,
            Optional<String> country,
            List<Runnable> writes) {
        MissionFacts now = mission.facts();
        LocalDate startDate = start.agreesWith(now.startDate()) ? now.startDate() : start.date();
        LocalDate endDate = end.map(e -> e.agreesWith(now.endDate()) ? now.endDate() : e.date())
                .orElse(null);
        if (endDate != null && endDate.isBefore(startDate)) {
            return ImportRow.rejected(line, mission.getAcronym(), "import.row.dates.order");
        }
        MissionPhase phase = closed
                ? MissionPhase.CLOSED
                : now.phase() == MissionPhase.CLOSED ? MissionPhase.MANDATE_IMPLEMENTATION : now.phase();
        Set<String> hosts = now.hostCountries();
        String note = null;
        List<String> noteArguments = List.of();
        if (hosts.isEmpty()) {
            hosts = country.map(Set::of).orElse(Set.of());
        } else if (country.isPresent() && !hosts.contains(country.get())) {
            note = "import.row.country.kept";
            noteArguments = List.of(row.hostCountry(), String.join(", ", new java.util.TreeSet<>(hosts)));
        }
        var facts = new MissionFacts(
                mission.getAcronym(),
                row.name(),
                now.type(),
                hosts,
                now.hqLocation(),
                phase,
                startDate,
                endDate,
                now.ochaPosition(),
                now.strength(),
                now.context());
        if (facts.equals(now)) {
            return new ImportRow(line, mission.getAcronym(), ImportOutcome.UNCHANGED, note, noteArguments);
        }
        writes.add(() -> mission.apply(facts));
        return new ImportRow(line, mission.getAcronym(), ImportOutcome.UPDATED, note, noteArguments);
    }
}
