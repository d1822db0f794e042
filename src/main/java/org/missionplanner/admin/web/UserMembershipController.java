package org.missionplanner.admin.web;

import org.missionplanner.admin.MembershipAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mission memberships managed from a user's page. */
@Controller
@RequestMapping("/admin/users/{userId}/memberships")
class UserMembershipController {

    private final MembershipAdministration memberships;

    UserMembershipController(MembershipAdministration memberships) {
        this.memberships = memberships;
    }

    @PostMapping
    String grant(@PathVariable long userId, @ModelAttribute MembershipForm form, RedirectAttributes redirect) {
        if (form.missionId() == null || form.role() == null) {
            redirect.addFlashAttribute("flashError", "membership.incomplete");
        } else {
            memberships.grant(userId, form.missionId(), form.role());
            redirect.addFlashAttribute("flashSuccess", "membership.saved");
        }
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/{missionId}/delete")
    String revoke(@PathVariable long userId, @PathVariable long missionId, RedirectAttributes redirect) {
        memberships.revoke(userId, missionId);
        redirect.addFlashAttribute("flashSuccess", "membership.removed");
        return "redirect:/admin/users/" + userId;
    }
}
