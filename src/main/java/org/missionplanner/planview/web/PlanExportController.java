package org.missionplanner.planview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.missionplanner.plan.ShownVersion;
import org.missionplanner.planview.export.ExportsBusyException;
import org.missionplanner.planview.export.PlanExports;
import org.missionplanner.planview.export.PlanTooLargeToPrintException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan as a printable PDF and as a spreadsheet, offered as downloads; when the instance is busy
 * with other exports or the plan is too large to print, a page that says so.
 */
@Controller
class PlanExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanExports exports;

    PlanExportController(PlanExports exports) {
        this.exports = exports;
    }

    @GetMapping("/plans/{planId}/export.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long planId,
            @RequestParam(required = false) String version,
            @RequestParam(defaultValue = "false") boolean accessible,
            Locale locale) {
        return download(
                exports.pdf(planId, ShownVersion.parse(version), locale, accessible), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/plans/{planId}/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable long planId, @RequestParam(required = false) String version, Locale locale) {
        return download(exports.xlsx(planId, ShownVersion.parse(version), locale), XLSX);
    }

    /** The working draft as a PDF. */
    ResponseEntity<byte[]> pdf(long planId, Locale locale) {
        return pdf(planId, null, false, locale);
    }

    /** The working draft as a workbook. */
    ResponseEntity<byte[]> xlsx(long planId, Locale locale) {
        return xlsx(planId, null, locale);
    }

    /** Every export slot is taken: 503 with Retry-After, and a page saying to try again shortly. */
    @ExceptionHandler(ExportsBusyException.class)
    String busy(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ExportsBusyException.RETRY_AFTER_SECONDS));
        return refused(HttpStatus.SERVICE_UNAVAILABLE, "busy", request, response, model);
    }

    /** The plan is too large for one PDF: 422, and a page offering the spreadsheet instead. */
    @ExceptionHandler(PlanTooLargeToPrintException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return refused(HttpStatus.UNPROCESSABLE_CONTENT, "tooLarge", request, response, model);
    }

    private static String refused(
            HttpStatus status, String reason, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("reason", reason);
        model.addAttribute("planPath", request.getRequestURI().replaceFirst("/export\\.(pdf|xlsx)$", ""));
        model.addAttribute("currentPath", request.getRequestURI());
        return "plans/export-refused";
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
