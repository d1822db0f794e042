package org.missionplanner.cmcoord.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.cmcoord.CmcoordAssessment;
import org.missionplanner.cmcoord.CmcoordDecision;
import org.missionplanner.cmcoord.CmcoordPrinciple;
import org.missionplanner.cmcoord.CmcoordRequests;
import org.missionplanner.cmcoord.JustificationRequiredException;
import org.missionplanner.cmcoord.RequestView;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.partner.OrganisationDirectory;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A mission's register of CMCoord requests, each request's page, and the overview for HQ. */
@Controller
class CmcoordController {

    private final MissionCatalog missions;
    private final CmcoordRequests requests;
    private final OrganisationDirectory organisations;
    private final MissionAccess access;

    CmcoordController(
            MissionCatalog missions,
            CmcoordRequests requests,
            OrganisationDirectory organisations,
            MissionAccess access) {
        this.missions = missions;
        this.requests = requests;
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping("/cmcoord")
    String overview(Authentication authentication, Model model) {
        model.addAttribute("overview", requests.overview(authentication));
        return "cmcoord/overview";
    }

    @GetMapping("/missions/{missionId}/cmcoord")
    String register(@PathVariable long missionId, Authentication authentication, Model model) {
        model.addAttribute("requestForm", RequestForm.empty());
        return register(missionId, authentication, model, false);
    }

    @PostMapping("/missions/{missionId}/cmcoord")
    String create(
            @PathVariable long missionId,
            @Valid @ModelAttribute RequestForm requestForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                long requestId = requests.create(missionId, requestForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "cmcoord.request.created");
                return "redirect:/missions/" + missionId + "/cmcoord/" + requestId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return register(missionId, authentication, model, true);
    }

    @GetMapping("/missions/{missionId}/cmcoord/{requestId}")
    String request(
            @PathVariable long missionId, @PathVariable long requestId, Authentication authentication, Model model) {
        RequestView request = requests.get(missionId, requestId);
        model.addAttribute("decisionForm", DecisionForm.from(request));
        return page(missionId, request, authentication, model);
    }

    /** Saves the assessments of the six principles without deciding. */
    @PostMapping("/missions/{missionId}/cmcoord/{requestId}/assessment")
    String assess(
            @PathVariable long missionId,
            @PathVariable long requestId,
            @Valid @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        RequestView request = requests.get(missionId, requestId);
        if (!errors.hasErrors()) {
            try {
                requests.assess(
                        missionId,
                        requestId,
                        decisionForm.seenVersion(),
                        decisionForm.assessments() == null ? java.util.List.of() : decisionForm.assessments());
                redirect.addFlashAttribute("flashSuccess", "cmcoord.assessment.saved");
                return "redirect:/missions/" + missionId + "/cmcoord/" + requestId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("cmcoord.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return page(missionId, request, authentication, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return page(missionId, request, authentication, model);
    }

    @PostMapping("/missions/{missionId}/cmcoord/{requestId}/decision")
    String decide(
            @PathVariable long missionId,
            @PathVariable long requestId,
            @Valid @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        RequestView request = requests.get(missionId, requestId);
        if (!errors.hasErrors()) {
            try {
                requests.decide(
                        missionId,
                        requestId,
                        decisionForm.seenVersion(),
                        decisionForm.assessments(),
                        decisionForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "cmcoord.decision.saved");
                return "redirect:/missions/" + missionId + "/cmcoord/" + requestId;
            } catch (JustificationRequiredException e) {
                // one message per principle that blocks the approval
                for (CmcoordPrinciple principle : e.blocking()) {
                    errors.rejectValue("justification", JustificationRequiredException.messageKey(principle));
                }
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("cmcoord.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return page(missionId, request, authentication, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return page(missionId, request, authentication, model);
    }

    private String register(long missionId, Authentication authentication, Model model, boolean showForm) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("requests", requests.ofMission(missionId));
        boolean canEdit = access.canEdit(missionId, authentication);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("showForm", showForm);
        if (canEdit) {
            model.addAttribute("organisations", organisations.all());
        }
        model.addAttribute("activeTab", "cmcoord");
        return "cmcoord/register";
    }

    private String page(long missionId, RequestView request, Authentication authentication, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("request", request);
        model.addAttribute("canEdit", access.canEdit(missionId, authentication) && !request.decided());
        model.addAttribute("canDecide", access.holdsHumanitarianCoordination(missionId, authentication));
        model.addAttribute("deciders", requests.deciders(missionId));
        model.addAttribute("assessments", CmcoordAssessment.values());
        model.addAttribute("decisions", CmcoordDecision.values());
        model.addAttribute("activeTab", "cmcoord");
        return "cmcoord/request";
    }
}
