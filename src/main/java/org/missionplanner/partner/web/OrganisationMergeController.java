package org.missionplanner.partner.web;

import jakarta.servlet.http.HttpServletResponse;
import org.missionplanner.partner.OrganisationMerging;
import org.missionplanner.partner.OrganisationRegistry;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Merge into…" for administrators: choose the organisation that stays, confirm on a page that
 * says how many references will move, then merge. A refusal is shown on the field {@code into}.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/merge")
class OrganisationMergeController {

    private final OrganisationMerging merging;
    private final OrganisationRegistry registry;

    OrganisationMergeController(OrganisationMerging merging, OrganisationRegistry registry) {
        this.merging = merging;
        this.registry = registry;
    }

    /** The choice of the organisation that stays, then (with {@code into}) the confirmation step. */
    @GetMapping
    String confirm(
            @PathVariable long organisationId,
            @RequestParam(required = false) Long into,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("targets", merging.targetsFor(organisationId));
        model.addAttribute("organisation", registry.get(organisationId));
        model.addAttribute("into", into);
        if (into != null) {
            try {
                model.addAttribute("preview", merging.preview(organisationId, into));
            } catch (BusinessRuleException e) {
                model.addAttribute("intoError", e.messageKey());
                response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
            }
        }
        return "organisations/merge";
    }

    @PostMapping
    String merge(
            @PathVariable long organisationId,
            @RequestParam(required = false) Long into,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var survivor = merging.merge(organisationId, into, version);
            redirect.addFlashAttribute("flashSuccess", "organisation.merge.done");
            return "redirect:/organisations/" + survivor.id();
        } catch (BusinessRuleException e) {
            model.addAttribute("intoError", e.messageKey());
            response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("intoError", "organisation.merge.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("targets", merging.targetsFor(organisationId));
        model.addAttribute("organisation", registry.get(organisationId));
        model.addAttribute("into", into);
        return "organisations/merge";
    }
}
