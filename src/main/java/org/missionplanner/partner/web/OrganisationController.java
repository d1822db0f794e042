package org.missionplanner.partner.web;

import jakarta.validation.Valid;
import java.util.Objects;
import org.missionplanner.partner.OrganisationDirectory;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.OrganisationRegistry;
import org.missionplanner.partner.OrganisationSearch;
import org.missionplanner.partner.OrganisationView;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.missionplanner.shared.web.PageRequests;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** The organisation registry pages: every signed-in user reads; administrators create and edit. */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

    static final int PAGE_SIZE = 25;

    private final OrganisationRegistry registry;
    private final OrganisationDirectory directory;

    private final org.missionplanner.partner.Partnerships partnerships;
    private final org.missionplanner.partner.OrganisationMerging merging;

    OrganisationController(
            OrganisationRegistry registry,
            OrganisationDirectory directory,
            org.missionplanner.partner.Partnerships partnerships,
            org.missionplanner.partner.OrganisationMerging merging) {
        this.merging = merging;
        this.partnerships = partnerships;
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) Boolean humanitarian,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = new OrganisationSearch(q, kind, humanitarian);
        var organisations = registry.search(search, PageRequests.of(page, PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("organisations", organisations);
        model.addAttribute(
                "parents",
                directory.byIds(organisations.stream()
                        .map(OrganisationView::parentId)
                        .filter(Objects::nonNull)
                        .toList()));
        model.addAttribute("kinds", OrganisationKind.values());
        return "organisations/list";
    }

    @GetMapping("/{organisationId}")
    String detail(
            @PathVariable long organisationId,
            Model model,
            org.springframework.security.core.Authentication authentication) {
        var organisation = registry.get(organisationId);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "parent",
                organisation.parentId() == null
                        ? null
                        : directory.find(organisation.parentId()).orElse(null));
        model.addAttribute("children", registry.children(organisationId));
        model.addAttribute("aliases", merging.aliasesOf(organisationId));
        model.addAttribute("merges", merging.mergesInto(organisationId));
        model.addAttribute("partnerships", partnerships.partnershipsOfOrganisation(organisationId, authentication));
        return "organisations/detail";
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        model.addAttribute("organisationForm", OrganisationForm.empty());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute OrganisationForm organisationForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var created = registry.create(organisationForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "organisation.created");
                return "redirect:/organisations/" + created.id();
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{organisationId}/edit")
    String edit(@PathVariable long organisationId, Model model) {
        model.addAttribute("organisationForm", OrganisationForm.from(registry.get(organisationId)));
        return form(model, organisationId);
    }

    @PostMapping("/{organisationId}")
    String update(
            @PathVariable long organisationId,
            @Valid @ModelAttribute OrganisationForm organisationForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                registry.update(organisationId, organisationForm.versionOrMinusOne(), organisationForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "organisation.saved");
                return "redirect:/organisations/" + organisationId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                // keep what the user typed; saving again is a deliberate choice to replace the other change
                model.addAttribute(
                        "organisationForm",
                        organisationForm.withVersion(
                                registry.get(organisationId).version()));
                model.addAttribute("conflict", true);
            }
        }
        return form(model, organisationId);
    }

    private String form(Model model, Long organisationId) {
        model.addAttribute("parentChoices", registry.parentChoices(organisationId));
        model.addAttribute("organisation", organisationId == null ? null : registry.get(organisationId));
        model.addAttribute("kinds", OrganisationKind.values());
        return "organisations/form";
    }
}
