package org.missionplanner.mission.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.mission.Mandates;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.TaskModality;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mandate tab of a mission: the mandate in force, the history of resolutions, and their forms. */
@Controller
@RequestMapping("/missions/{missionId}/mandate")
class MandateController {

    private static final String FORM = "missions/resolution-form";

    private final Mandates mandates;
    private final MissionCatalog missions;
    private final MissionAccess access;

    MandateController(Mandates mandates, MissionCatalog missions, MissionAccess access) {
        this.mandates = mandates;
        this.missions = missions;
        this.access = access;
    }

    @GetMapping
    String mandate(@PathVariable long missionId, Authentication authentication, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("mandate", mandates.overview(missionId));
        model.addAttribute("canEdit", access.canEdit(missionId, authentication));
        model.addAttribute("activeTab", "mandate");
        return "missions/mandate";
    }

    @GetMapping("/resolutions/new")
    String newResolution(@PathVariable long missionId, Model model) {
        mandates.checkEditable(missionId);
        return form(missionId, null, ResolutionForm.empty(), model);
    }

    @PostMapping("/resolutions")
    String create(
            @PathVariable long missionId,
            @Valid @ModelAttribute ResolutionForm resolutionForm,
            BindingResult errors,
            @RequestParam(required = false) String addRows,
            Model model,
            RedirectAttributes redirect) {
        mandates.checkEditable(missionId);
        if (addRows != null) {
            return form(missionId, null, resolutionForm.withBlankRows(), model);
        }
        resolutionForm.checkAcrossFields(errors);
        if (!errors.hasErrors()) {
            try {
                mandates.add(missionId, resolutionForm.toCommand());
                redirect.addFlashAttribute("flashSuccess", "resolution.added");
                return "redirect:/missions/" + missionId + "/mandate";
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        return form(missionId, null, resolutionForm, model, errors);
    }

    @GetMapping("/resolutions/{resolutionId}/edit")
    String edit(@PathVariable long missionId, @PathVariable long resolutionId, Model model) {
        mandates.checkEditable(missionId);
        return form(missionId, resolutionId, ResolutionForm.from(mandates.get(missionId, resolutionId)), model);
    }

    @PostMapping("/resolutions/{resolutionId}")
    String update(
            @PathVariable long missionId,
            @PathVariable long resolutionId,
            @Valid @ModelAttribute ResolutionForm resolutionForm,
            BindingResult errors,
            @RequestParam(required = false) String addRows,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        mandates.checkEditable(missionId);
        if (addRows != null) {
            return form(missionId, resolutionId, resolutionForm.withBlankRows(), model);
        }
        resolutionForm.checkAcrossFields(errors);
        if (!errors.hasErrors()) {
            try {
                long version = resolutionForm.version() == null ? -1 : resolutionForm.version();
                mandates.change(missionId, resolutionId, version, resolutionForm.toCommand());
                redirect.addFlashAttribute("flashSuccess", "resolution.saved");
                return "redirect:/missions/" + missionId + "/mandate";
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                // keep the user's input; saving again deliberately replaces the other change
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("conflict", true);
                var current = mandates.get(missionId, resolutionId);
                model.addAttribute("currentResolution", current);
                return form(missionId, resolutionId, resolutionForm.withVersion(current.version()), model);
            }
        }
        return form(missionId, resolutionId, resolutionForm, model, errors);
    }

    @PostMapping("/resolutions/{resolutionId}/delete")
    String delete(
            @PathVariable long missionId,
            @PathVariable long resolutionId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        mandates.delete(missionId, resolutionId, version);
        redirect.addFlashAttribute("flashSuccess", "resolution.deleted");
        return "redirect:/missions/" + missionId + "/mandate";
    }

    private String form(long missionId, Long resolutionId, ResolutionForm form, Model model) {
        return form(missionId, resolutionId, form, model, null);
    }

    /**
     * The form page. The errors are copied onto the form object shown: when a value could not be
     * converted (a date that is no date) the bound object is not the one in the model, and
     * replacing the model attribute would otherwise drop the field errors.
     */
    private String form(long missionId, Long resolutionId, ResolutionForm form, Model model, BindingResult errors) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("resolutionForm", form);
        if (errors != null && errors.hasErrors()) {
            var shown = new BeanPropertyBindingResult(form, "resolutionForm");
            shown.addAllErrors(errors);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "resolutionForm", shown);
        }
        model.addAttribute("resolutionId", resolutionId);
        model.addAttribute("categories", MandateCategory.values());
        model.addAttribute("modalities", TaskModality.values());
        model.addAttribute("activeTab", "mandate");
        return FORM;
    }
}
