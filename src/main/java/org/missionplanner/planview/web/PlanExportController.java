package org.missionplanner.planview.web;

import java.util.Locale;
import org.missionplanner.planview.export.PlanExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan as a printable PDF and as a spreadsheet, offered as downloads. */
@Controller
class PlanExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanExports exports;

    PlanExportController(PlanExports exports) {
        this.exports = exports;
    }

    @GetMapping("/plans/{planId}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long planId, Locale locale) {
        return download(exports.pdf(planId, locale), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/plans/{planId}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long planId, Locale locale) {
        return download(exports.xlsx(planId, locale), XLSX);
    }

    private static ResponseEntity<byte[]> download(PlanExports.Export export, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.fileName())
                                .build()
                                .toString())
                .body(export.content());
    }
}
