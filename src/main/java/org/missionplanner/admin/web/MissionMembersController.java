package org.missionplanner.admin.web;

import org.missionplanner.admin.MembershipAdministration;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A mission's members tab: its planners and viewers, managed by administrators. */
@Controller
@RequestMapping("/missions/{missionId}/members")
class MissionMembersController {

    private final MembershipAdministration memberships;
    private final UserDirectory users;
    private final MissionDirectory missions;

    MissionMembersController(MembershipAdministration memberships, UserDirectory users, MissionDirectory missions) {
        this.memberships = memberships;
        this.users = users;
        this.missions = missions;
    }

    @GetMapping
    String members(@PathVariable long missionId, Model model) {
        model.addAttribute("members", memberships.membersOf(missionId));
        var mission = missions.byIds(java.util.List.of(missionId)).get(missionId);
        if (mission == null) {
            throw new NotFoundException("Mission", missionId);
        }
        model.addAttribute("mission", mission);
        model.addAttribute("membershipRoles", MembershipRole.values());
        model.addAttribute("activeTab", "members");
        return "missions/members";
    }

    @PostMapping
    String add(@PathVariable long missionId, @ModelAttribute MembershipForm form, RedirectAttributes redirect) {
        var user = form.username() == null
                ? null
                : users.findByUsername(form.username().trim()).orElse(null);
        if (user == null || form.role() == null) {
            memberships.membersOf(missionId); // checks the caller may manage members at all
            redirect.addFlashAttribute("flashError", "membership.unknownUser");
        } else {
            memberships.grant(user.id(), missionId, form.role());
            redirect.addFlashAttribute("flashSuccess", "membership.saved");
        }
        return "redirect:/missions/" + missionId + "/members";
    }

    /** Grants or withdraws the mission's humanitarian coordination role (deciding CMCoord requests). */
    @PostMapping("/{userId}/humanitarian-coordination")
    String humanitarianCoordination(
            @PathVariable long missionId,
            @PathVariable long userId,
            @RequestParam(defaultValue = "false") boolean granted,
            RedirectAttributes redirect) {
        memberships.setHumanitarianCoordination(userId, missionId, granted);
        redirect.addFlashAttribute("flashSuccess", "membership.humanitarianCoordination.saved");
        return "redirect:/missions/" + missionId + "/members";
    }

    @PostMapping("/{userId}/delete")
    String remove(@PathVariable long missionId, @PathVariable long userId, RedirectAttributes redirect) {
        memberships.revoke(userId, missionId);
        redirect.addFlashAttribute("flashSuccess", "membership.removed");
        return "redirect:/missions/" + missionId + "/members";
    }
}
