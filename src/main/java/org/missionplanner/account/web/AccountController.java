package org.missionplanner.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.admin.PasswordChange;
import org.missionplanner.admin.PasswordPolicyViolation;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.mail.MailKind;
import org.missionplanner.mail.MailMode;
import org.missionplanner.mail.MailPreferences;
import org.missionplanner.security.MissionPlannerUser;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: memberships, password, API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserDirectory users;
    private final PasswordChange passwordChange;
    private final ApiTokens tokens;
    private final MailPreferences mailPreferences;

    AccountController(
            UserDirectory users, PasswordChange passwordChange, ApiTokens tokens, MailPreferences mailPreferences) {
        this.users = users;
        this.passwordChange = passwordChange;
        this.tokens = tokens;
        this.mailPreferences = mailPreferences;
    }

    @GetMapping
    String overview(Authentication authentication, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", TokenForm.empty());
        }
        var account = users.findByUsername(authentication.getName()).orElseThrow();
        model.addAttribute("account", account);
        if (!model.containsAttribute("mailSettingsForm")) {
            model.addAttribute("mailSettingsForm", new MailSettingsForm(account.email()));
        }
        if (!model.containsAttribute("mailModes")) {
            model.addAttribute("mailModes", mailPreferences.of(authentication.getName()));
        }
        model.addAttribute("mailKinds", MailKind.values());
        model.addAttribute("mailModeValues", MailMode.values());
        model.addAttribute("memberships", users.membershipsOf(authentication.getName()));
        model.addAttribute("tokens", tokens.list(authentication.getName()));
        return "account/overview";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return "account/password";
    }

    @PostMapping("/password")
    String changePassword(
            @Valid @ModelAttribute PasswordForm passwordForm,
            BindingResult errors,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!passwordForm.isConfirmed()) {
            errors.rejectValue("confirmPassword", "password.confirmMismatch");
        }
        if (!errors.hasErrors()) {
            try {
                passwordChange.change(
                        authentication.getName(), passwordForm.currentPassword(), passwordForm.newPassword());
            } catch (PasswordPolicyViolation e) {
                e.messageKeys()
                        .forEach(key -> errors.rejectValue(
                                key.equals("password.currentWrong") ? "currentPassword" : "newPassword", key));
            }
        }
        if (errors.hasErrors()) {
            return "account/password";
        }
        refreshPrincipal(authentication, request, response);
        redirect.addFlashAttribute("flashSuccess", "password.changed");
        return "redirect:/";
    }

    @PostMapping("/tokens")
    String createToken(
            @Valid @ModelAttribute TokenForm tokenForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var issued = tokens.create(authentication.getName(), tokenForm.name(), tokenForm.expiresAt());
                redirect.addFlashAttribute("issuedToken", issued);
                return "redirect:/account";
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        return overview(authentication, model);
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long tokenId, Authentication authentication, RedirectAttributes redirect) {
        tokens.revoke(authentication.getName(), tokenId);
        redirect.addFlashAttribute("flashSuccess", "token.revoked");
        return "redirect:/account";
    }

    /** The session's principal still says "must change password": replace it. */
    private static void refreshPrincipal(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof MissionPlannerUser user) {
            MissionPlannerUser changed = user.withPasswordChanged();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
    }
}
