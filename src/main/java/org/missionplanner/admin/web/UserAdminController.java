package org.missionplanner.admin.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.MembershipAdministration;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserAdministration;
import org.missionplanner.admin.UserSearch;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.missionplanner.shared.web.PageRequests;
import org.springframework.data.domain.Sort;
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

/** Administrators list, create and edit user accounts. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 25;

    private final UserAdministration users;
    private final MembershipAdministration memberships;
    private final Clock clock;

    UserAdminController(UserAdministration users, MembershipAdministration memberships, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) GlobalRole role,
            @RequestParam(required = false) Long missionId,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) Boolean locked,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = new UserSearch(q, role, missionId, enabled, locked);
        model.addAttribute("search", search);
        model.addAttribute("users", users.search(search, PageRequests.of(page, PAGE_SIZE, Sort.by("username"))));
        model.addAttribute("roles", GlobalRole.values());
        model.addAttribute("missions", memberships.allMissions());
        model.addAttribute("now", Instant.now(clock));
        return "admin/users-list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        model.addAttribute("roles", GlobalRole.values());
        return "admin/user-new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute UserForm userForm, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var created = users.create(userForm.toNewUser());
                if (created.linkSentTo() != null) {
                    redirect.addFlashAttribute("linkSentTo", created.linkSentTo());
                } else {
                    redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
                }
                redirect.addFlashAttribute("flashSuccess", "user.created");
                return "redirect:/admin/users/" + created.userId();
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        model.addAttribute("roles", GlobalRole.values());
        return "admin/user-new";
    }

    @GetMapping("/{userId}")
    String detail(@PathVariable long userId, Model model) {
        var user = users.get(userId);
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", UserForm.from(user));
        }
        model.addAttribute("user", user);
        model.addAttribute("roles", GlobalRole.values());
        model.addAttribute("membershipRoles", MembershipRole.values());
        model.addAttribute("memberships", memberships.membershipsOf(userId));
        model.addAttribute("missions", memberships.allMissions());
        model.addAttribute("now", Instant.now(clock));
        return "admin/user-detail";
    }

    @PostMapping("/{userId}")
    String update(
            @PathVariable long userId,
            @Valid @ModelAttribute UserForm userForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                users.update(userId, userForm.toChange());
                redirect.addFlashAttribute("flashSuccess", "user.saved");
                return "redirect:/admin/users/" + userId;
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        return detail(userId, model);
    }
}
