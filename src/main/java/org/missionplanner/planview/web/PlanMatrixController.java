package org.missionplanner.planview.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.ShownVersion;
import org.missionplanner.planview.ResponsibilityMatrix;
import org.missionplanner.planview.ResponsibilityMatrixView;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's responsibility matrix: the page, and the same rows (same filters) as CSV and XLSX. */
@Controller
@RequestMapping("/plans/{planId}")
class PlanMatrixController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResponsibilityMatrix matrices;
    private final MessageSource messages;
    private final PlanOutlines outlines;

    PlanMatrixController(ResponsibilityMatrix matrices, MessageSource messages, PlanOutlines outlines) {
        this.matrices = matrices;
        this.messages = messages;
        this.outlines = outlines;
    }

    /**
     * One page of the matrix (whole objectives, {@code page} from 0, clamped); for an htmx request
     * (the filters changed), only the results below the filters.
     */
    @GetMapping("/matrix")
    String page(
            @PathVariable long planId,
            MatrixFilterParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String version,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        ShownVersion shown = ShownVersion.parse(version);
        ResponsibilityMatrixView matrix = shown.draft()
                ? matrices.matrixPage(planId, params.toFilter(), page)
                : matrices.matrixOf(outlines.outline(planId, shown), params.toFilter(), page);
        model.addAttribute("shownVersion", shown);
        model.addAttribute("versionBase", "/plans/" + planId + "/matrix");
        model.addAttribute("matrix", matrix);
        model.addAttribute("plan", matrix.plan());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("csvUrl", params.url(request.getContextPath(), planId, ".csv"));
        model.addAttribute("xlsxUrl", params.url(request.getContextPath(), planId, ".xlsx"));
        model.addAttribute("activeTab", "matrix");
        return htmx.isHtmxRequest() ? "plans/matrix :: results" : "plans/matrix";
    }

    @GetMapping("/matrix.csv")
    ResponseEntity<byte[]> csv(@PathVariable long planId, MatrixFilterParams params, Locale locale) {
        ResponsibilityMatrixView matrix = matrices.matrix(planId, params.toFilter());
        return file(
                MatrixFiles.csv(MatrixTable.of(matrix, messages, locale)),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                fileName(matrix, "csv"));
    }

    @GetMapping("/matrix.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long planId, MatrixFilterParams params, Locale locale) {
        ResponsibilityMatrixView matrix = matrices.matrix(planId, params.toFilter());
        String sheet = messages.getMessage("plan.matrix.sheet", null, locale);
        String totals = messages.getMessage("plan.matrix.sheet.totals", null, locale);
        return file(
                MatrixFiles.xlsx(MatrixTable.of(matrix, messages, locale), sheet, totals),
                XLSX,
                fileName(matrix, "xlsx"));
    }

    /** For example {@code UNMIL-isf-2026-matrix-security.xlsx}: mission, plan, and the filters in force. */
    static String fileName(ResponsibilityMatrixView matrix, String extension) {
        var name = new StringBuilder(matrix.plan().missionAcronym())
                .append('-')
                .append(matrix.plan().title());
        name.append("-matrix");
        if (matrix.filter().dimension() != null) {
            name.append('-').append(matrix.filter().dimension().name());
        }
        if (matrix.filter().actorKey() != null) {
            name.append('-').append(matrix.filter().actorKey());
        }
        if (matrix.filter().fundingSource() != null) {
            name.append('-').append(matrix.filter().fundingSource().name());
        }
        String safe = name.toString()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (safe.length() > 100 ? safe.substring(0, 100) : safe) + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
