package org.missionplanner.structure.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.partner.OrganisationDirectory;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.shared.web.FieldErrors;
import org.missionplanner.structure.ExternalEntity;
import org.missionplanner.structure.RemovalMode;
import org.missionplanner.structure.StructureEditing;
import org.missionplanner.structure.StructureQueries;
import org.missionplanner.structure.StructureView;
import org.missionplanner.structure.UnitCategory;
import org.missionplanner.structure.UnitInUseException;
import org.missionplanner.structure.UnitType;
import org.springframework.dao.DataIntegrityViolationException;
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

/** Planners add, edit, move and remove the units of a mission's structure. */
@Controller
@RequestMapping("/missions/{missionId}/structure/units")
class UnitController {

    private final MissionCatalog missions;
    private final StructureQueries structures;
    private final StructureEditing editing;
    private final OrganisationDirectory organisations;

    UnitController(
            MissionCatalog missions,
            StructureQueries structures,
            StructureEditing editing,
            OrganisationDirectory organisations) {
        this.organisations = organisations;
        this.missions = missions;
        this.structures = structures;
        this.editing = editing;
    }

    @GetMapping("/new")
    String newUnit(@PathVariable long missionId, @RequestParam(required = false) Long reportsToId, Model model) {
        var structure = structures.viewForEditing(missionId);
        UnitType type = structure.hasHead() ? UnitType.POLITICAL_AFFAIRS : UnitType.HEAD_OF_MISSION;
        Long superior = reportsToId != null
                ? reportsToId
                : structure.units().stream()
                        .filter(u -> u.unitType() == UnitType.HEAD_OF_MISSION)
                        .map(StructureView.Unit::id)
                        .findFirst()
                        .orElse(null);
        model.addAttribute("unitForm", UnitForm.empty(type, superior));
        return form(missionId, structure, null, model);
    }

    @PostMapping
    String create(
            @PathVariable long missionId,
            @Valid @ModelAttribute UnitForm unitForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        unitForm.checkName(errors);
        if (!errors.hasErrors()) {
            try {
                editing.addUnit(missionId, unitForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "structure.unit.added");
                return "redirect:/missions/" + missionId + "/structure";
            } catch (BusinessRuleException e) {
                reject(errors, e);
            }
        }
        model.addAttribute("unitForm", unitForm.withAllPostRows());
        return form(missionId, structures.viewForEditing(missionId), null, model);
    }

    @GetMapping("/{unitId}")
    String edit(@PathVariable long missionId, @PathVariable long unitId, Model model) {
        var structure = structures.viewForEditing(missionId);
        var unit = unitOf(structure, unitId);
        model.addAttribute("unitForm", UnitForm.from(unit));
        return form(missionId, structure, unit, model);
    }

    @PostMapping("/{unitId}")
    String update(
            @PathVariable long missionId,
            @PathVariable long unitId,
            @Valid @ModelAttribute UnitForm unitForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var before = unitOf(structures.viewForEditing(missionId), unitId);
        unitForm.checkName(errors);
        if (!errors.hasErrors()) {
            try {
                editing.updateUnit(
                        missionId, unitId, unitForm.version() == null ? -1 : unitForm.version(), unitForm.toDetails());
                redirect.addFlashAttribute("flashSuccess", "structure.unit.saved");
                return "redirect:/missions/" + missionId + "/structure";
            } catch (BusinessRuleException e) {
                reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("structure.unit.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        model.addAttribute("unitForm", unitForm.withAllPostRows());
        var structure = structures.viewForEditing(missionId);
        return form(missionId, structure, unitOf(structure, before.id()), model);
    }

    @PostMapping("/{unitId}/move")
    String move(
            @PathVariable long missionId,
            @PathVariable long unitId,
            @RequestParam(required = false) Long reportsToId,
            RedirectAttributes redirect) {
        try {
            editing.moveUnit(missionId, unitId, reportsToId);
            redirect.addFlashAttribute("flashSuccess", "structure.unit.moved");
            return "redirect:/missions/" + missionId + "/structure";
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/missions/" + missionId + "/structure/units/" + unitId;
        }
    }

    @PostMapping("/{unitId}/delete")
    String delete(
            @PathVariable long missionId,
            @PathVariable long unitId,
            @RequestParam(defaultValue = "MOVE_SUB_UNITS") RemovalMode mode,
            RedirectAttributes redirect) {
        try {
            editing.removeUnit(missionId, unitId, mode);
            redirect.addFlashAttribute("flashSuccess", "structure.unit.removed");
            return "redirect:/missions/" + missionId + "/structure";
        } catch (UnitInUseException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("unitUses", e.uses());
            return "redirect:/missions/" + missionId + "/structure/units/" + unitId;
        } catch (DataIntegrityViolationException e) {
            // a plan named the unit between the check and the removal
            redirect.addFlashAttribute("flashError", "structure.rule.unitInUse");
            return "redirect:/missions/" + missionId + "/structure/units/" + unitId;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/missions/" + missionId + "/structure/units/" + unitId;
        }
    }

    private String form(long missionId, StructureView structure, StructureView.Unit unit, Model model) {
        model.addAttribute("mission", missions.get(missionId));
        model.addAttribute("missionId", missionId);
        model.addAttribute("unit", unit);
        model.addAttribute(
                "unitTypes",
                Arrays.stream(UnitType.values())
                        .filter(t -> t != UnitType.HEAD_OF_MISSION
                                || !structure.hasHead()
                                || (unit != null && unit.unitType() == UnitType.HEAD_OF_MISSION))
                        .toList());
        model.addAttribute("categories", UnitCategory.values());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("superiors", possibleSuperiors(structure, unit));
        model.addAttribute(
                "lineTargets",
                structure.units().stream()
                        .filter(u -> unit == null || u.id() != unit.id())
                        .toList());
        model.addAttribute("externalEntities", ExternalEntity.values());
        model.addAttribute("removalModes", RemovalMode.values());
        model.addAttribute(
                "subUnitCount",
                unit == null
                        ? 0
                        : structure.units().stream()
                                .filter(u -> u.reportsToId() != null && u.reportsToId() == unit.id())
                                .count());
        model.addAttribute("activeTab", "structure");
        return "structure/unit";
    }

    /** Every unit except the unit itself and its sub-units (in tree order they follow it, deeper). */
    private static List<StructureView.Unit> possibleSuperiors(StructureView structure, StructureView.Unit unit) {
        if (unit == null) {
            return structure.units();
        }
        Set<Long> excluded = new HashSet<>();
        boolean inside = false;
        for (var u : structure.units()) {
            if (u.id() == unit.id()) {
                inside = true;
                excluded.add(u.id());
            } else if (inside && u.depth() > unit.depth()) {
                excluded.add(u.id());
            } else {
                inside = false;
            }
        }
        return structure.units().stream()
                .filter(u -> !excluded.contains(u.id()))
                .toList();
    }

    static StructureView.Unit unitOf(StructureView structure, long unitId) {
        return structure.units().stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    /** "mode" (how to remove a unit) is not a field of the unit form: its refusals go on the whole form. */
    private static void reject(BindingResult errors, BusinessRuleException e) {
        FieldErrors.reject(errors, "mode".equals(e.field()) ? null : e.field(), e);
    }
}
