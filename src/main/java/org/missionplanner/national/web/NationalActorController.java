package org.missionplanner.national.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.missionplanner.mission.Countries;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.national.NationalAccess;
import org.missionplanner.national.NationalActorKind;
import org.missionplanner.national.NationalActorTree;
import org.missionplanner.national.NationalActors;
import org.missionplanner.national.NationalRuleViolations;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national actors of a host country, as a tree by kind and parent, with a form to record one. */
@Controller
@RequestMapping("/national-actors")
class NationalActorController {

    private final NationalActors actors;
    private final NationalAccess access;
    private final HostCountries hostCountries;

    NationalActorController(NationalActors actors, NationalAccess access, HostCountries hostCountries) {
        this.actors = actors;
        this.access = access;
        this.hostCountries = hostCountries;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String country,
            Model model,
            Authentication authentication,
            Locale locale) {
        model.addAttribute("nationalActorForm", NationalActorForm.empty(country));
        return page(country, model, authentication, locale);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute NationalActorForm nationalActorForm,
            BindingResult binding,
            Model model,
            Authentication authentication,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var created = actors.create(nationalActorForm.toDetails());
                redirect.addFlashAttribute("created", created.name());
                redirect.addAttribute("country", created.country());
                return "redirect:/national-actors";
            } catch (NationalRuleViolations e) {
                NationalProblems.reject(e, binding);
            }
        }
        return page(nationalActorForm.country(), model, authentication, locale);
    }

    private String page(String country, Model model, Authentication authentication, Locale locale) {
        String code = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        model.addAttribute("country", code);
        model.addAttribute("countryName", code.isEmpty() ? "" : Countries.name(code, locale));
        model.addAttribute(
                "hostCountries",
                hostCountries.all().stream()
                        .map(c -> new Countries.Country(c, Countries.name(c, locale)))
                        .toList());
        var list = actors.list(code);
        model.addAttribute("actors", list);
        model.addAttribute("tree", NationalActorTree.of(list));
        model.addAttribute("kinds", NationalActorKind.values());
        model.addAttribute("canRecord", !code.isEmpty() && access.canRecord(code, authentication));
        return "national/actors";
    }
}
