package org.missionplanner.mission.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.missionplanner.mission.Countries;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionRegistry;
import org.missionplanner.mission.MissionSearch;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.OchaPosition;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.missionplanner.shared.web.PageRequests;
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

/** The mission registry and a mission's overview, with the mission form. */
@Controller
@RequestMapping("/missions")
class MissionController {

    private static final int PAGE_SIZE = 20;

    private final MissionCatalog missions;
    private final MissionRegistry registry;

    MissionController(MissionCatalog missions, MissionRegistry registry) {
        this.missions = missions;
        this.registry = registry;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) MissionType type,
            @RequestParam(required = false) MissionPhase phase,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) OchaPosition ochaPosition,
            @RequestParam(defaultValue = "acronym") String sort,
            @RequestParam(defaultValue = "0") int page,
            Authentication authentication,
            Locale locale,
            Model model) {
        var search = new MissionSearch(q, type, phase, country, ochaPosition);
        var pageable = PageRequests.of(page, PAGE_SIZE, MissionSort.of(sort));
        model.addAttribute("search", search);
        model.addAttribute("sort", MissionSort.nameOf(sort));
        model.addAttribute("sorts", MissionSort.NAMES);
        model.addAttribute("missions", missions.search(search, authentication, pageable));
        addChoices(model, locale);
        return "missions/list";
    }

    @GetMapping("/{missionId}")
    String detail(@PathVariable long missionId, Model model, Locale locale) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("countryNames", countryNames(locale));
        model.addAttribute("activeTab", "overview");
        return "missions/detail";
    }

    @GetMapping("/new")
    String newMission(Model model, Locale locale) {
        registry.checkMayCreate();
        model.addAttribute("missionForm", MissionForm.empty());
        addChoices(model, locale);
        return "missions/form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute MissionForm missionForm,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var mission = registry.create(missionForm.toFacts());
                redirect.addFlashAttribute("flashSuccess", "mission.created");
                return "redirect:/missions/" + mission.id();
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        addChoices(model, locale);
        return "missions/form";
    }

    @GetMapping("/{missionId}/edit")
    String edit(@PathVariable long missionId, Model model, Locale locale) {
        registry.checkMayEdit(missionId);
        var mission = missions.get(missionId);
        model.addAttribute("mission", mission);
        model.addAttribute("missionForm", MissionForm.from(mission));
        addChoices(model, locale);
        return "missions/form";
    }

    @PostMapping("/{missionId}")
    String update(
            @PathVariable long missionId,
            @Valid @ModelAttribute MissionForm missionForm,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                registry.update(missionId, missionForm.versionOrZero(), missionForm.toFacts());
                redirect.addFlashAttribute("flashSuccess", "mission.saved");
                return "redirect:/missions/" + missionId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                // keep what the user typed; saving again is a deliberate choice to overwrite the other change
                var current = missions.get(missionId);
                model.addAttribute("missionForm", missionForm.withVersion(current.version()));
                model.addAttribute("mission", current);
                model.addAttribute("conflict", true);
                addChoices(model, locale);
                return "missions/form";
            }
        }
        model.addAttribute("mission", missions.get(missionId));
        addChoices(model, locale);
        return "missions/form";
    }

    @PostMapping("/{missionId}/delete")
    String delete(@PathVariable long missionId, RedirectAttributes redirect) {
        registry.delete(missionId);
        redirect.addFlashAttribute("flashSuccess", "mission.deleted");
        return "redirect:/missions";
    }

    private static void addChoices(Model model, Locale locale) {
        model.addAttribute("types", MissionType.values());
        model.addAttribute("phases", MissionPhase.values());
        model.addAttribute("ochaPositions", OchaPosition.values());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("countryNames", countryNames(locale));
    }

    private static java.util.Map<String, String> countryNames(Locale locale) {
        return Countries.all(locale).stream()
                .collect(java.util.stream.Collectors.toMap(Countries.Country::code, Countries.Country::name));
    }
}
