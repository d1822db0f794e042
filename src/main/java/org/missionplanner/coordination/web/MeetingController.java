package org.missionplanner.coordination.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.missionplanner.coordination.ActionStatus;
import org.missionplanner.coordination.BodySummary;
import org.missionplanner.coordination.CoordinationEditing;
import org.missionplanner.coordination.MeetingView;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planners record a body's meetings with decisions and action items, and close or reopen action items. */
@Controller
@RequestMapping("/missions/{missionId}/coordination")
class MeetingController {

    private final MissionCatalog missions;
    private final CoordinationEditing editing;
    private final Clock clock;

    MeetingController(MissionCatalog missions, CoordinationEditing editing, Clock clock) {
        this.missions = missions;
        this.editing = editing;
        this.clock = clock;
    }

    @GetMapping("/bodies/{bodyId}/meetings/new")
    String newMeeting(@PathVariable long missionId, @PathVariable long bodyId, Model model) {
        model.addAttribute("meetingForm", MeetingForm.empty(LocalDate.now(clock)));
        return form(missionId, bodyId, null, model);
    }

    @PostMapping("/bodies/{bodyId}/meetings")
    String create(
            @PathVariable long missionId,
            @PathVariable long bodyId,
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult errors,
            @RequestParam(required = false) String rows,
            Model model,
            RedirectAttributes redirect) {
        if (rows != null) {
            return withRows(meetingForm, rows, model, () -> form(missionId, bodyId, null, model));
        }
        if (!errors.hasErrors()) {
            try {
                editing.createMeeting(missionId, bodyId, meetingForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "coordination.meeting.created");
                return "redirect:/missions/" + missionId + "/coordination/bodies/" + bodyId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e, meetingForm::formField);
            }
        }
        Forms.replace(model, "meetingForm", meetingForm.withBlankRows(), errors);
        return form(missionId, bodyId, null, model);
    }

    @GetMapping("/bodies/{bodyId}/meetings/{meetingId}")
    String edit(@PathVariable long missionId, @PathVariable long bodyId, @PathVariable long meetingId, Model model) {
        MeetingView meeting = editing.meetingForEditing(missionId, bodyId, meetingId);
        model.addAttribute("meetingForm", MeetingForm.from(meeting));
        return form(missionId, bodyId, meeting, model);
    }

    @PostMapping("/bodies/{bodyId}/meetings/{meetingId}")
    String update(
            @PathVariable long missionId,
            @PathVariable long bodyId,
            @PathVariable long meetingId,
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult errors,
            @RequestParam(required = false) String rows,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MeetingView meeting = editing.meetingForEditing(missionId, bodyId, meetingId);
        if (rows != null) {
            return withRows(meetingForm, rows, model, () -> form(missionId, bodyId, meeting, model));
        }
        if (!errors.hasErrors()) {
            try {
                editing.updateMeeting(
                        missionId,
                        bodyId,
                        meetingId,
                        meetingForm.version() == null ? -1 : meetingForm.version(),
                        meetingForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "coordination.meeting.saved");
                return "redirect:/missions/" + missionId + "/coordination/bodies/" + bodyId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e, meetingForm::formField);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("coordination.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        Forms.replace(model, "meetingForm", meetingForm.withBlankRows(), errors);
        return form(missionId, bodyId, meeting, model);
    }

    @PostMapping("/action-items/{actionItemId}/status")
    String changeStatus(
            @PathVariable long missionId,
            @PathVariable long actionItemId,
            @RequestParam ActionStatus status,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            long bodyId = editing.changeStatus(missionId, actionItemId, version, status);
            redirect.addFlashAttribute("flashSuccess", "coordination.action.status.changed");
            return "redirect:/missions/" + missionId + "/coordination/bodies/" + bodyId;
        } catch (BusinessRuleException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "coordination.action.status.conflict");
            return "redirect:/missions/" + missionId + "/coordination";
        }
    }

    /**
     * A row added or removed: the form comes back with what was entered and nothing saved, and
     * without errors, since the planner has not asked to save yet.
     */
    private static String withRows(
            MeetingForm meetingForm, String rows, Model model, java.util.function.Supplier<String> page) {
        MeetingForm changed = meetingForm.withRows(rows);
        Forms.replace(model, "meetingForm", changed, new BeanPropertyBindingResult(changed, "meetingForm"));
        return page.get();
    }

    private String form(long missionId, long bodyId, MeetingView meeting, Model model) {
        BodySummary body = editing.bodyForEditing(missionId, bodyId);
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("body", body);
        model.addAttribute("meeting", meeting);
        model.addAttribute("choices", editing.choices(missionId));
        model.addAttribute("activeTab", "coordination");
        return "coordination/meeting-form";
    }
}
