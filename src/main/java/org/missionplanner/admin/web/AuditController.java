package org.missionplanner.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.missionplanner.admin.AuditEntry;
import org.missionplanner.admin.AuditEventType;
import org.missionplanner.admin.AuditFilter;
import org.missionplanner.admin.AuditLog;
import org.missionplanner.admin.MembershipAdministration;
import org.missionplanner.shared.web.PageRequests;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log: browse with filters, export as CSV. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;
    private final MembershipAdministration memberships;
    private final AuditSentences sentences;

    AuditController(AuditLog auditLog, MembershipAdministration memberships, AuditSentences sentences) {
        this.auditLog = auditLog;
        this.memberships = memberships;
        this.sentences = sentences;
    }

    @GetMapping
    String browse(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) AuditEventType type,
            @RequestParam(required = false) AuditEventType.Category category,
            @RequestParam(required = false) Long missionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        var filter = new AuditFilter(username, type, category, missionId, from, to);
        Page<AuditEntry> events = auditLog.search(filter, PageRequests.of(page, PAGE_SIZE));
        Map<Long, String> said = new HashMap<>();
        events.forEach(entry -> said.put(entry.id(), sentences.of(entry, locale)));
        model.addAttribute("filter", filter);
        model.addAttribute("events", events);
        model.addAttribute("sentences", said);
        model.addAttribute("types", AuditEventType.values());
        model.addAttribute("categories", AuditEventType.Category.values());
        model.addAttribute("missions", memberships.allMissions());
        return "admin/audit";
    }

    @GetMapping("/export.csv")
    void export(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) AuditEventType type,
            @RequestParam(required = false) AuditEventType.Category category,
            @RequestParam(required = false) Long missionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        auditLog.exportCsv(new AuditFilter(username, type, category, missionId, from, to), writer);
        writer.flush();
    }
}
