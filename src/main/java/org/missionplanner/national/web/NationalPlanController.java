package org.missionplanner.national.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.missionplanner.mission.Countries;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.national.NationalAccess;
import org.missionplanner.national.NationalPlans;
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

/** A host country's plans and strategies with their priorities, and a form to record one. */
@Controller
@RequestMapping("/national-plans")
class NationalPlanController {

    private final NationalPlans plans;
    private final NationalAccess access;
    private final HostCountries hostCountries;

    NationalPlanController(NationalPlans plans, NationalAccess access, HostCountries hostCountries) {
        this.plans = plans;
        this.access = access;
        this.hostCountries = hostCountries;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String country,
            Model model,
            Authentication authentication,
            Locale locale) {
        model.addAttribute("nationalPlanForm", NationalPlanForm.empty(country));
        return page(country, model, authentication, locale);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute NationalPlanForm nationalPlanForm,
            BindingResult binding,
            Model model,
            Authentication authentication,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var created = plans.create(nationalPlanForm.toDetails());
                redirect.addFlashAttribute("created", created.title());
                redirect.addAttribute("country", created.country());
                return "redirect:/national-plans";
            } catch (NationalRuleViolations e) {
                NationalProblems.reject(e, binding);
            }
        }
        nationalPlanForm.withRows();
        return page(nationalPlanForm.country(), model, authentication, locale);
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
        model.addAttribute("plans", plans.list(code));
        model.addAttribute("canRecord", !code.isEmpty() && access.canRecord(code, authentication));
        return "national/plans";
    }
}
