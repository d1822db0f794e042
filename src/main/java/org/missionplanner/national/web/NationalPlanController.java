package org.missionplanner.national.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.missionplanner.mission.Countries;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.national.NationalAccess;
import org.missionplanner.national.NationalPlanView;
import org.missionplanner.national.NationalPlans;
import org.missionplanner.national.NationalRuleViolations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * A host country's plans and strategies with their priorities, a form to record one, and each
 * plan's edit page (title, period, priorities added, removed or renamed with row buttons that post
 * the form back: htmx swaps the form in place, without JavaScript the page comes back).
 */
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

    @GetMapping("/{nationalPlanId}/edit")
    String edit(
            @PathVariable("nationalPlanId") long planId, Model model, Authentication authentication, Locale locale) {
        NationalPlanView plan = plans.get(planId);
        requireEditor(planId, authentication);
        model.addAttribute("nationalPlanForm", NationalPlanForm.of(plan));
        return editPage(plan, model, locale);
    }

    @PostMapping("/{nationalPlanId}")
    String update(
            @PathVariable("nationalPlanId") long planId,
            @Valid @ModelAttribute NationalPlanForm nationalPlanForm,
            BindingResult binding,
            @RequestParam(required = false) String rows,
            Model model,
            Authentication authentication,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        NationalPlanView plan = plans.get(planId);
        requireEditor(planId, authentication);
        if (rows != null) {
            // a row added or removed: the form comes back as posted, nothing saved, no errors yet
            var changed = nationalPlanForm.withRowChange(rows);
            model.addAttribute("nationalPlanForm", changed);
            model.addAttribute(
                    BindingResult.MODEL_KEY_PREFIX + "nationalPlanForm",
                    new BeanPropertyBindingResult(changed, "nationalPlanForm"));
            return editPage(plan, model, locale);
        }
        if (!binding.hasErrors()) {
            try {
                var saved = plans.update(
                        planId,
                        nationalPlanForm.version() == null ? -1 : nationalPlanForm.version(),
                        nationalPlanForm.toDetails());
                redirect.addFlashAttribute("saved", saved.title());
                redirect.addAttribute("country", saved.country());
                return "redirect:/national-plans";
            } catch (NationalRuleViolations e) {
                NationalProblems.reject(e, binding);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("national.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        nationalPlanForm.withBlankRow();
        return editPage(plan, model, locale);
    }

    private void requireEditor(long planId, Authentication authentication) {
        if (!access.canEditPlan(planId, authentication)) {
            throw new AccessDeniedException("Not an editor of this country's national plans");
        }
    }

    private String editPage(NationalPlanView plan, Model model, Locale locale) {
        model.addAttribute("plan", plan);
        model.addAttribute("countryName", Countries.name(plan.country(), locale));
        return "national/plan-edit";
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
