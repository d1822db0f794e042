package org.missionplanner.coordination.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.coordination.BodyKind;
import org.missionplanner.coordination.BodySummary;
import org.missionplanner.coordination.CoordinationEditing;
import org.missionplanner.coordination.CoordinationQueries;
import org.missionplanner.coordination.MeetingFrequency;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** A mission's coordination page, and the pages of its coordination bodies. */
@Controller
@RequestMapping("/missions/{missionId}/coordination")
class CoordinationController {

    private final MissionCatalog missions;
    private final CoordinationQueries queries;
    private final CoordinationEditing editing;
    private final MissionAccess access;

    CoordinationController(
            MissionCatalog missions, CoordinationQueries queries, CoordinationEditing editing, MissionAccess access) {
        this.missions = missions;
        this.queries = queries;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping
    String overview(@PathVariable long missionId, Authentication authentication, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("overview", queries.overview(missionId));
        model.addAttribute("canEdit", access.canEdit(missionId, authentication));
        model.addAttribute("activeTab", "coordination");
        return "coordination/overview";
    }

    @GetMapping("/bodies/{bodyId}")
    String body(@PathVariable long missionId, @PathVariable long bodyId, Authentication authentication, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("page", queries.body(missionId, bodyId));
        model.addAttribute("canEdit", access.canEdit(missionId, authentication));
        model.addAttribute("activeTab", "coordination");
        return "coordination/body";
    }

    @GetMapping("/bodies/new")
    String newBody(@PathVariable long missionId, Model model) {
        model.addAttribute("bodyForm", BodyForm.empty());
        return form(missionId, null, model);
    }

    @PostMapping("/bodies")
    String create(
            @PathVariable long missionId,
            @Valid @ModelAttribute BodyForm bodyForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long bodyId = editing.createBody(missionId, bodyForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "coordination.body.created");
                return "redirect:/missions/" + missionId + "/coordination/bodies/" + bodyId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e.field(), e);
            }
        }
        return form(missionId, null, model);
    }

    @GetMapping("/bodies/{bodyId}/edit")
    String edit(@PathVariable long missionId, @PathVariable long bodyId, Model model) {
        BodySummary body = editing.bodyForEditing(missionId, bodyId);
        model.addAttribute("bodyForm", BodyForm.from(body));
        return form(missionId, body, model);
    }

    @PostMapping("/bodies/{bodyId}")
    String update(
            @PathVariable long missionId,
            @PathVariable long bodyId,
            @Valid @ModelAttribute BodyForm bodyForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        BodySummary body = editing.bodyForEditing(missionId, bodyId);
        if (!errors.hasErrors()) {
            try {
                editing.updateBody(
                        missionId, bodyId, bodyForm.version() == null ? -1 : bodyForm.version(), bodyForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "coordination.body.saved");
                return "redirect:/missions/" + missionId + "/coordination/bodies/" + bodyId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e.field(), e);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("coordination.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(missionId, body, model);
    }

    @PostMapping("/bodies/{bodyId}/delete")
    String delete(
            @PathVariable long missionId,
            @PathVariable long bodyId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        editing.deleteBody(missionId, bodyId, version);
        redirect.addFlashAttribute("flashSuccess", "coordination.body.deleted");
        return "redirect:/missions/" + missionId + "/coordination";
    }

    private String form(long missionId, BodySummary body, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("body", body);
        model.addAttribute("choices", editing.choices(missionId));
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("frequencies", MeetingFrequency.values());
        model.addAttribute("activeTab", "coordination");
        return "coordination/body-form";
    }
}
