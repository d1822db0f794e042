package org.missionplanner.partner.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.partner.Arrangement;
import org.missionplanner.partner.Assessment;
import org.missionplanner.partner.CmcoordRelationship;
import org.missionplanner.partner.PartnershipView;
import org.missionplanner.partner.Partnerships;
import org.missionplanner.partner.Sector;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planners add, change and remove the partnerships of their mission. */
@Controller
@RequestMapping("/missions/{missionId}/partners/partnerships")
class PartnershipController {

    private final MissionCatalog missions;
    private final Partnerships partnerships;

    PartnershipController(MissionCatalog missions, Partnerships partnerships) {
        this.missions = missions;
        this.partnerships = partnerships;
    }

    @GetMapping("/new")
    String newPartnership(@PathVariable long missionId, Model model) {
        partnerships.requireEditable(missionId);
        model.addAttribute("partnershipForm", PartnershipForm.empty());
        return form(missionId, null, model);
    }

    @PostMapping
    String create(
            @PathVariable long missionId,
            @Valid @ModelAttribute PartnershipForm partnershipForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        partnerships.requireEditable(missionId);
        if (!errors.hasErrors()) {
            try {
                partnerships.add(missionId, partnershipForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "partners.partnership.added");
                return "redirect:/missions/" + missionId + "/partners";
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e, partnershipForm::fieldOf);
            }
        }
        keepInput(model, partnershipForm, errors);
        return form(missionId, null, model);
    }

    @GetMapping("/{partnershipId}")
    String edit(@PathVariable long missionId, @PathVariable long partnershipId, Model model) {
        var partnership = partnerships.forEditing(missionId, partnershipId);
        model.addAttribute("partnershipForm", PartnershipForm.from(partnership));
        return form(missionId, partnership, model);
    }

    @PostMapping("/{partnershipId}")
    String update(
            @PathVariable long missionId,
            @PathVariable long partnershipId,
            @Valid @ModelAttribute PartnershipForm partnershipForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var before = partnerships.forEditing(missionId, partnershipId);
        if (!errors.hasErrors()) {
            try {
                partnerships.update(
                        missionId,
                        partnershipId,
                        partnershipForm.version() == null ? -1 : partnershipForm.version(),
                        partnershipForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "partners.partnership.saved");
                return "redirect:/missions/" + missionId + "/partners";
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e, partnershipForm::fieldOf);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("partners.partnership.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        keepInput(model, partnershipForm, errors);
        return form(missionId, before, model);
    }

    @PostMapping("/{partnershipId}/delete")
    String delete(@PathVariable long missionId, @PathVariable long partnershipId, RedirectAttributes redirect) {
        partnerships.remove(missionId, partnershipId);
        redirect.addFlashAttribute("flashSuccess", "partners.partnership.removed");
        return "redirect:/missions/" + missionId + "/partners";
    }

    private String form(long missionId, PartnershipView partnership, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("missionId", missionId);
        model.addAttribute("partnership", partnership);
        model.addAttribute("organisations", partnerships.organisationOptions());
        model.addAttribute("arrangements", Arrangement.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("assessments", Assessment.values());
        model.addAttribute("cmcoordRelationships", CmcoordRelationship.values());
        model.addAttribute("activeTab", "partners");
        return "partners/form";
    }

    /**
     * Shows the posted input again with every row of the form (five principles, the focal points);
     * the errors move to the completed form, since replacing a model attribute drops its binding result.
     */
    private static void keepInput(Model model, PartnershipForm posted, BindingResult errors) {
        var complete = posted.withAllRows();
        var result = new BeanPropertyBindingResult(complete, "partnershipForm");
        result.addAllErrors(errors);
        model.addAttribute("partnershipForm", complete);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "partnershipForm", result);
    }
}
