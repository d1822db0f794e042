package org.missionplanner.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.missionplanner.calendar.CalendarView;
import org.missionplanner.calendar.MissionCalendar;
import org.missionplanner.calendar.PlanningStages;
import org.missionplanner.calendar.StageKind;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning calendar pages: a mission's calendar as a list or a quarter, the calendar across
 * the user's missions, and the forms of the planning stages.
 */
@Controller
class CalendarController {

    static final String FORM = "calendar/stage-form";

    private final MissionCalendar calendar;
    private final PlanningStages stages;
    private final MissionCatalog missions;
    private final MissionAccess access;

    CalendarController(MissionCalendar calendar, PlanningStages stages, MissionCatalog missions, MissionAccess access) {
        this.calendar = calendar;
        this.stages = stages;
        this.missions = missions;
        this.access = access;
    }

    @GetMapping("/missions/{missionId}/calendar")
    String missionCalendar(
            @PathVariable long missionId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String quarter,
            Authentication authentication,
            Model model) {
        boolean quarterView = "quarter".equals(view);
        model.addAttribute("stages", stages.stagesOf(missionId));
        if (quarterView) {
            Quarter shown = Quarter.parse(quarter, calendar.today());
            CalendarView found = calendar.ofMission(missionId, shown.first(), shown.last());
            quarterModel(model, shown, found);
        } else {
            model.addAttribute(
                    "calendar",
                    range(
                            () -> calendar.ofMission(missionId, from, to),
                            model,
                            () -> calendar.ofMission(missionId, null, null)));
        }
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("canEdit", access.canEdit(missionId, authentication));
        model.addAttribute("view", quarterView ? "quarter" : "list");
        model.addAttribute("activeTab", "calendar");
        model.addAttribute("base", "/missions/" + missionId + "/calendar");
        return "calendar/mission";
    }

    @GetMapping("/calendar")
    String overview(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String quarter,
            Authentication authentication,
            Model model) {
        boolean quarterView = "quarter".equals(view);
        if (quarterView) {
            Quarter shown = Quarter.parse(quarter, calendar.today());
            quarterModel(model, shown, calendar.ofUser(authentication, shown.first(), shown.last()));
        } else {
            model.addAttribute(
                    "calendar",
                    range(
                            () -> calendar.ofUser(authentication, from, to),
                            model,
                            () -> calendar.ofUser(authentication, null, null)));
        }
        model.addAttribute("view", quarterView ? "quarter" : "list");
        model.addAttribute("base", "/calendar");
        return "calendar/overview";
    }

    @GetMapping("/missions/{missionId}/calendar/stages/new")
    String newStage(@PathVariable long missionId, Model model) {
        stages.checkEditable(missionId);
        return form(missionId, null, StageForm.empty(), model, null);
    }

    @PostMapping("/missions/{missionId}/calendar/stages")
    String create(
            @PathVariable long missionId,
            @Valid @ModelAttribute StageForm stageForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        stages.checkEditable(missionId);
        stageForm.checkAcrossFields(errors);
        if (!errors.hasErrors()) {
            try {
                long id = stages.add(missionId, stageForm.toCommand()).id();
                redirect.addFlashAttribute("flashSuccess", "stage.added");
                return "redirect:/missions/" + missionId + "/calendar#stage-" + id;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        return form(missionId, null, stageForm, model, errors);
    }

    @GetMapping("/missions/{missionId}/calendar/stages/{stageId}/edit")
    String edit(@PathVariable long missionId, @PathVariable long stageId, Model model) {
        stages.checkEditable(missionId);
        return form(missionId, stageId, StageForm.from(stages.get(missionId, stageId)), model, null);
    }

    @PostMapping("/missions/{missionId}/calendar/stages/{stageId}")
    String update(
            @PathVariable long missionId,
            @PathVariable long stageId,
            @Valid @ModelAttribute StageForm stageForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        stages.checkEditable(missionId);
        stageForm.checkAcrossFields(errors);
        if (!errors.hasErrors()) {
            try {
                long version = stageForm.version() == null ? -1 : stageForm.version();
                stages.change(missionId, stageId, version, stageForm.toCommand());
                redirect.addFlashAttribute("flashSuccess", "stage.saved");
                return "redirect:/missions/" + missionId + "/calendar#stage-" + stageId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                // keep the user's input; saving again deliberately replaces the other change
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                var current = stages.get(missionId, stageId);
                model.addAttribute("conflict", true);
                model.addAttribute("currentStage", current);
                return form(missionId, stageId, stageForm.withVersion(current.version()), model, null);
            }
        }
        return form(missionId, stageId, stageForm, model, errors);
    }

    @PostMapping("/missions/{missionId}/calendar/stages/{stageId}/delete")
    String delete(
            @PathVariable long missionId,
            @PathVariable long stageId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        stages.delete(missionId, stageId, version);
        redirect.addFlashAttribute("flashSuccess", "stage.deleted");
        return "redirect:/missions/" + missionId + "/calendar";
    }

    private static void quarterModel(Model model, Quarter shown, CalendarView found) {
        model.addAttribute("calendar", found);
        model.addAttribute("quarter", shown);
        model.addAttribute("months", shown.months(found.milestones()));
    }

    /** The range asked for, or, when it is not a sensible one, the default range with a message. */
    private static CalendarView range(
            java.util.function.Supplier<CalendarView> asked,
            Model model,
            java.util.function.Supplier<CalendarView> fallback) {
        try {
            return asked.get();
        } catch (BusinessRuleException e) {
            model.addAttribute("rangeError", e.messageKey());
            return fallback.get();
        }
    }

    /**
     * The form page. The errors are copied onto the form object shown: when a value could not be
     * converted (a date that is no date) the bound object is not the one in the model.
     */
    private String form(long missionId, Long stageId, StageForm form, Model model, BindingResult errors) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("stageForm", form);
        if (errors != null && errors.hasErrors()) {
            var shown = new BeanPropertyBindingResult(form, "stageForm");
            shown.addAllErrors(errors);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "stageForm", shown);
        }
        model.addAttribute("stageId", stageId);
        model.addAttribute("kinds", StageKind.values());
        model.addAttribute("activeTab", "calendar");
        return FORM;
    }
}
