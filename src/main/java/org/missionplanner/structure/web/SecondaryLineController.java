package org.missionplanner.structure.web;

import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.structure.ExternalEntity;
import org.missionplanner.structure.StructureEditing;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planners add and remove a unit's secondary (dashed) reporting lines. The target is one field:
 * "unit-{id}" for a unit of the mission, "external-{ENTITY}" for an entity outside it.
 */
@Controller
@RequestMapping("/missions/{missionId}/structure/units/{unitId}/lines")
class SecondaryLineController {

    private final StructureEditing editing;

    SecondaryLineController(StructureEditing editing) {
        this.editing = editing;
    }

    @PostMapping
    String add(
            @PathVariable long missionId,
            @PathVariable long unitId,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        try {
            Long toUnitId = null;
            ExternalEntity external = null;
            if (target.startsWith("unit-")) {
                toUnitId = parseId(target.substring(5));
            } else if (target.startsWith("external-")) {
                external = parseEntity(target.substring(9));
            }
            if (description.length() > 300) {
                throw new BusinessRuleException("structure.line.descriptionTooLong", "description");
            }
            editing.addSecondaryLine(
                    missionId, unitId, toUnitId, external, description.isBlank() ? null : description.trim());
            redirect.addFlashAttribute("flashSuccess", "structure.line.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/missions/" + missionId + "/structure/units/" + unitId;
    }

    @PostMapping("/{lineId}/delete")
    String delete(
            @PathVariable long missionId,
            @PathVariable long unitId,
            @PathVariable long lineId,
            RedirectAttributes redirect) {
        editing.removeSecondaryLine(missionId, unitId, lineId);
        redirect.addFlashAttribute("flashSuccess", "structure.line.removed");
        return "redirect:/missions/" + missionId + "/structure/units/" + unitId;
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("structure.rule.lineTarget", "toUnitId");
        }
    }

    private static ExternalEntity parseEntity(String text) {
        try {
            return ExternalEntity.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("structure.rule.lineTarget", "toUnitId");
        }
    }
}
