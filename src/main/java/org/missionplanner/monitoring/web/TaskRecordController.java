package org.missionplanner.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.monitoring.MonitoringRecording;
import org.missionplanner.monitoring.MonitoringViews.TaskRecord;
import org.missionplanner.monitoring.PlanMonitoring;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A task's page with its status history, and the status report a planner records with a narrative. */
@Controller
@RequestMapping("/plans/{planId}/tasks/{taskId}")
class TaskRecordController {

    private final PlanMonitoring monitoring;
    private final MonitoringRecording editing;
    private final MonitoringPermission permission;

    TaskRecordController(PlanMonitoring monitoring, MonitoringRecording editing, MonitoringPermission permission) {
        this.monitoring = monitoring;
        this.editing = editing;
        this.permission = permission;
    }

    @GetMapping
    String task(@PathVariable long planId, @PathVariable long taskId, Model model, Authentication authentication) {
        TaskRecord record = monitoring.task(planId, taskId);
        model.addAttribute("statusUpdateForm", StatusUpdateForm.of(record.task()));
        return page(record, model, authentication);
    }

    @PostMapping("/status")
    String updateStatus(
            @PathVariable long planId,
            @PathVariable long taskId,
            @Valid @ModelAttribute StatusUpdateForm statusUpdateForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Authentication authentication,
            HttpServletResponse response) {
        permission.requireRecorder(planId, authentication);
        if (!errors.hasErrors()) {
            try {
                editing.recordStatusUpdate(
                        planId,
                        taskId,
                        statusUpdateForm.version() == null ? -1 : statusUpdateForm.version(),
                        statusUpdateForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "plan.statusUpdate.recorded");
                return "redirect:/plans/" + planId + "/tasks/" + taskId;
            } catch (BusinessRuleException e) {
                if (e.field() != null) {
                    errors.rejectValue(e.field(), e.messageKey());
                } else {
                    model.addAttribute("refusal", e.messageKey());
                }
            } catch (OptimisticLockingFailureException e) {
                errors.reject("plan.statusUpdate.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                TaskRecord current = monitoring.task(planId, taskId);
                keepInputAgainstCurrentVersion(model, statusUpdateForm, current, errors);
                return page(current, model, authentication);
            }
        }
        return page(monitoring.task(planId, taskId), model, authentication);
    }

    /** After a conflict the planner's report is kept, now against the version they have just been shown. */
    private static void keepInputAgainstCurrentVersion(
            Model model, StatusUpdateForm posted, TaskRecord current, BindingResult errors) {
        var form = new StatusUpdateForm(
                posted.status(), posted.narrative(), current.task().version());
        var result = new BeanPropertyBindingResult(form, "statusUpdateForm");
        result.addAllErrors(errors);
        model.addAttribute("statusUpdateForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "statusUpdateForm", result);
    }

    private String page(TaskRecord record, Model model, Authentication authentication) {
        model.addAttribute("plan", record.plan());
        model.addAttribute("record", record);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("canRecord", permission.canRecord(record.plan(), authentication));
        model.addAttribute("activeTab", "monitoring");
        return "plans/task";
    }
}
