package org.missionplanner.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionplanner.monitoring.MonitoringRecording;
import org.missionplanner.monitoring.MonitoringViews.Dashboard;
import org.missionplanner.monitoring.MonitoringViews.IndicatorRecord;
import org.missionplanner.monitoring.PlanMonitoring;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.ShownVersion;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's monitoring dashboard, an indicator's record with its progress chart, and recording a
 * measurement. Planners of the mission record; everyone who may read the plan sees.
 */
@Controller
@RequestMapping("/plans/{planId}")
class MonitoringController {

    private final PlanMonitoring monitoring;
    private final PlanQueries queries;
    private final MonitoringRecording editing;
    private final TaskStatusChart charts;
    private final MonitoringPermission permission;
    private final PlanOutlines outlines;
    private final MessageSource messageSource;

    MonitoringController(
            PlanMonitoring monitoring,
            PlanQueries queries,
            MonitoringRecording editing,
            TaskStatusChart charts,
            MonitoringPermission permission,
            PlanOutlines outlines,
            MessageSource messageSource) {
        this.outlines = outlines;
        this.messageSource = messageSource;
        this.monitoring = monitoring;
        this.queries = queries;
        this.editing = editing;
        this.charts = charts;
        this.permission = permission;
    }

    @GetMapping("/monitoring")
    String dashboard(
            @PathVariable long planId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String version,
            Model model,
            Locale locale,
            Authentication authentication) {
        ShownVersion shown = ShownVersion.parse(version);
        Dashboard dashboard = shown.draft()
                ? monitoring.dashboard(planId, page)
                : monitoring.dashboardOf(outlines.outline(planId, shown), page);
        model.addAttribute("shownVersion", shown);
        model.addAttribute("versionBase", "/plans/" + planId + "/monitoring");
        model.addAttribute("plan", dashboard.plan());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("statusChart", charts.of(planId, dashboard.tasksByStatus(), locale));
        model.addAttribute("canRecord", shown.draft() && permission.canRecord(dashboard.plan(), authentication));
        model.addAttribute("today", queries.today());
        model.addAttribute("activeTab", "monitoring");
        return "plans/monitoring";
    }

    @GetMapping("/indicators/{indicatorId}")
    String indicator(
            @PathVariable long planId, @PathVariable long indicatorId, Model model, Authentication authentication) {
        model.addAttribute("measurementForm", MeasurementForm.empty(queries.today()));
        return indicatorPage(planId, indicatorId, model, authentication);
    }

    @PostMapping("/indicators/{indicatorId}/measurements")
    String record(
            @PathVariable long planId,
            @PathVariable long indicatorId,
            @Valid @ModelAttribute MeasurementForm measurementForm,
            BindingResult errors,
            @RequestParam(required = false) String back,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            Authentication authentication) {
        permission.requireRecorder(planId, authentication);
        boolean fromMonitoring = "monitoring".equals(back);
        if (!errors.hasErrors()) {
            try {
                editing.recordMeasurement(planId, indicatorId, measurementForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "plan.measurement.recorded");
                return fromMonitoring
                        ? "redirect:/plans/" + planId + "/monitoring" + (page > 0 ? "?page=" + page : "")
                        : "redirect:/plans/" + planId + "/indicators/" + indicatorId;
            } catch (BusinessRuleException e) {
                if (e.field() != null) {
                    errors.rejectValue(e.field(), e.messageKey());
                } else {
                    model.addAttribute("refusal", e.messageKey());
                }
            }
        }
        if (fromMonitoring) {
            // the planner stays where they were, with the indicator's form open, what they typed and every error
            model.addAttribute("failedIndicatorId", indicatorId);
            model.addAttribute("entered", entered(request));
            model.addAttribute("measurementErrors", messagesByField(errors, locale));
            return dashboard(planId, page, null, model, locale, authentication);
        }
        return indicatorPage(planId, indicatorId, model, authentication);
    }

    /** What was typed into the inline form, as typed (a date that is not a date included). */
    private static Map<String, String> entered(HttpServletRequest request) {
        Map<String, String> entered = new HashMap<>();
        for (String field : List.of("value", "measuredOn", "note")) {
            String typed = request.getParameter(field);
            entered.put(field, typed == null ? "" : typed);
        }
        return entered;
    }

    private Map<String, List<String>> messagesByField(BindingResult errors, Locale locale) {
        Map<String, List<String>> messages = new HashMap<>();
        errors.getFieldErrors()
                .forEach(error -> messages.computeIfAbsent(error.getField(), field -> new ArrayList<>())
                        .add(messageSource.getMessage(error, locale)));
        return messages;
    }

    private String indicatorPage(long planId, long indicatorId, Model model, Authentication authentication) {
        IndicatorRecord record = monitoring.indicator(planId, indicatorId);
        model.addAttribute("plan", record.plan());
        model.addAttribute("record", record);
        model.addAttribute("chart", MonitoringCharts.progress(record, queries.today()));
        model.addAttribute("canRecord", permission.canRecord(record.plan(), authentication));
        model.addAttribute("activeTab", "monitoring");
        return "plans/indicator";
    }
}
