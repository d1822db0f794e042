package org.missionplanner.admin.web;

import org.missionplanner.admin.UserAdministration;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-click account actions on a user's page. */
@Controller
@RequestMapping("/admin/users/{userId}")
class UserActionsController {

    private final UserAdministration users;

    UserActionsController(UserAdministration users) {
        this.users = users;
    }

    @PostMapping("/disable")
    String disable(@PathVariable long userId, RedirectAttributes redirect) {
        return run(userId, redirect, "user.disabled", () -> users.disable(userId));
    }

    @PostMapping("/enable")
    String enable(@PathVariable long userId, RedirectAttributes redirect) {
        return run(userId, redirect, "user.enabled", () -> users.enable(userId));
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable long userId, RedirectAttributes redirect) {
        return run(userId, redirect, "user.unlocked", () -> users.unlock(userId));
    }

    @PostMapping("/reset-password")
    String resetPassword(@PathVariable long userId, RedirectAttributes redirect) {
        return run(
                userId,
                redirect,
                "user.passwordReset",
                () -> redirect.addFlashAttribute(
                        "temporaryPassword", users.resetPassword(userId).temporaryPassword()));
    }

    private static String run(long userId, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", successKey);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/users/" + userId;
    }
}
