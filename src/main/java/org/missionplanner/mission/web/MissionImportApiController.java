package org.missionplanner.mission.web;

import java.io.IOException;
import java.util.List;
import org.missionplanner.mission.ImportOutcome;
import org.missionplanner.mission.ImportReport;
import org.missionplanner.mission.ImportRow;
import org.missionplanner.mission.MissionImport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * POST a CSV list of operations as multipart field {@code file}; the answer is the report of every
 * row. {@code applied} false means rejected rows stopped the import and nothing changed; send
 * {@code validOnly=true} to import the valid rows anyway.
 */
@RestController
class MissionImportApiController {

    private final MissionImport missionImport;
    private final MessageSource messages;

    MissionImportApiController(MissionImport missionImport, MessageSource messages) {
        this.missionImport = missionImport;
        this.messages = messages;
    }

    record RowResult(int line, String acronym, ImportOutcome outcome, String reasonCode, String reason) {}

    record Report(
            boolean applied,
            boolean validOnly,
            long created,
            long updated,
            long unchanged,
            long rejected,
            List<RowResult> rows) {}

    @PostMapping(path = "/api/v1/missions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Report importMissions(
            @RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean validOnly)
            throws IOException {
        ImportReport report = missionImport.importCsv(file.getBytes(), validOnly);
        return new Report(
                report.applied(),
                report.validOnly(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.rejected(),
                report.rows().stream().map(this::result).toList());
    }

    private RowResult result(ImportRow row) {
        String reason = row.messageKey() == null
                ? null
                : messages.getMessage(
                        row.messageKey(), row.arguments().toArray(), row.messageKey(), LocaleContextHolder.getLocale());
        return new RowResult(row.line(), row.acronym(), row.outcome(), row.messageKey(), reason);
    }
}
