package org.missionplanner.structure.web;

import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.structure.IntegrationCheckService;
import org.missionplanner.structure.StartingPoint;
import org.missionplanner.structure.StructureEditing;
import org.missionplanner.structure.StructureQueries;
import org.missionplanner.structure.UnitInUseException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The structure tab of a mission: the tree of units, and starting a structure from a template or a copy. */
@Controller
@RequestMapping("/missions/{missionId}/structure")
class StructurePageController {

    private final MissionCatalog missions;
    private final StructureQueries structures;
    private final StructureEditing editing;
    private final MissionAccess access;
    private final IntegrationCheckService checks;

    StructurePageController(
            MissionCatalog missions,
            StructureQueries structures,
            StructureEditing editing,
            MissionAccess access,
            IntegrationCheckService checks) {
        this.checks = checks;
        this.missions = missions;
        this.structures = structures;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping
    String structure(@PathVariable long missionId, Authentication authentication, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("missionId", missionId);
        model.addAttribute("structure", structures.view(missionId));
        model.addAttribute("checks", checks.checks(missionId));
        boolean canEdit = access.canEdit(missionId, authentication);
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
            model.addAttribute("copySources", structures.copySources(missionId, authentication));
            model.addAttribute("startingPoints", StartingPoint.values());
        }
        model.addAttribute("activeTab", "structure");
        return "structure/editor";
    }

    @PostMapping("/start")
    String start(
            @PathVariable long missionId,
            @RequestParam StartingPoint start,
            @RequestParam(required = false) Long sourceMissionId,
            @RequestParam(defaultValue = "false") boolean replace,
            RedirectAttributes redirect) {
        try {
            editing.startFrom(missionId, start, sourceMissionId, replace);
        } catch (UnitInUseException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("unitUses", e.uses());
            return "redirect:/missions/" + missionId + "/structure";
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("flashError", "structure.rule.unitInUse");
            return "redirect:/missions/" + missionId + "/structure";
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/missions/" + missionId + "/structure";
        }
        if (start == StartingPoint.BLANK) {
            redirect.addFlashAttribute("flashSuccess", "structure.start.blank.done");
            return "redirect:/missions/" + missionId + "/structure/units/new";
        }
        redirect.addFlashAttribute("flashSuccess", "structure.start.done");
        return "redirect:/missions/" + missionId + "/structure";
    }
}
