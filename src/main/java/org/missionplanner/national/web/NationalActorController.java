package org.missionplanner.national.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.missionplanner.mission.Countries;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.national.NationalAccess;
import org.missionplanner.national.NationalActorKind;
import org.missionplanner.national.NationalActorTree;
import org.missionplanner.national.NationalActorView;
import org.missionplanner.national.NationalActors;
import org.missionplanner.national.NationalRuleViolations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * The national actors of a host country, as a tree by kind and parent, with a form to record one,
 * and each actor's edit page (name, acronym, kind, parent), for whoever may record them.
 */
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

    @GetMapping("/{nationalActorId}/edit")
    String edit(
            @PathVariable("nationalActorId") long actorId, Model model, Authentication authentication, Locale locale) {
        NationalActorView actor = actors.get(actorId);
        requireEditor(actorId, authentication);
        model.addAttribute("nationalActorForm", NationalActorForm.of(actor));
        return editPage(actor, model, locale);
    }

    @PostMapping("/{nationalActorId}")
    String update(
            @PathVariable("nationalActorId") long actorId,
            @Valid @ModelAttribute NationalActorForm nationalActorForm,
            BindingResult binding,
            Model model,
            Authentication authentication,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        NationalActorView actor = actors.get(actorId);
        requireEditor(actorId, authentication);
        if (!binding.hasErrors()) {
            try {
                var saved = actors.update(
                        actorId,
                        nationalActorForm.version() == null ? -1 : nationalActorForm.version(),
                        nationalActorForm.toDetails());
                redirect.addFlashAttribute("saved", saved.name());
                redirect.addAttribute("country", saved.country());
                return "redirect:/national-actors";
            } catch (NationalRuleViolations e) {
                NationalProblems.reject(e, binding);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("national.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return editPage(actor, model, locale);
    }

    private void requireEditor(long actorId, Authentication authentication) {
        if (!access.canEditActor(actorId, authentication)) {
            throw new AccessDeniedException("Not an editor of this country's national actors");
        }
    }

    /** The edit page: the parent is chosen among the country's other actors. */
    private String editPage(NationalActorView actor, Model model, Locale locale) {
        model.addAttribute("actor", actor);
        model.addAttribute("countryName", Countries.name(actor.country(), locale));
        model.addAttribute(
                "parents",
                actors.list(actor.country()).stream()
                        .filter(a -> a.id() != actor.id())
                        .toList());
        model.addAttribute("kinds", NationalActorKind.values());
        return "national/actor-edit";
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
