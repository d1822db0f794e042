package org.missionplanner.account.web;

import jakarta.validation.Valid;
import org.missionplanner.admin.FirstSignIn;
import org.missionplanner.admin.PasswordPolicyViolation;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link e-mailed to a new user, reached without signing in: choose a password, then sign in
 * with it. An unknown, used or expired link says so and points to an administrator.
 */
@Controller
@RequestMapping("/account/first-sign-in")
class FirstSignInController {

    private final FirstSignIn firstSignIn;

    FirstSignInController(FirstSignIn firstSignIn) {
        this.firstSignIn = firstSignIn;
    }

    @GetMapping
    String form(@RequestParam(defaultValue = "") String token, Model model) {
        var username = firstSignIn.usernameFor(token);
        if (username.isEmpty()) {
            return "account/first-sign-in-invalid";
        }
        model.addAttribute("username", username.get());
        model.addAttribute("firstPasswordForm", FirstPasswordForm.of(token));
        return "account/first-sign-in";
    }

    @PostMapping
    String setPassword(@Valid @ModelAttribute FirstPasswordForm firstPasswordForm, BindingResult errors, Model model) {
        var username = firstSignIn.usernameFor(firstPasswordForm.token());
        if (username.isEmpty()) {
            return "account/first-sign-in-invalid";
        }
        if (!firstPasswordForm.isConfirmed()) {
            errors.rejectValue("confirmPassword", "password.confirmMismatch");
        }
        if (!errors.hasErrors()) {
            try {
                firstSignIn.setPassword(firstPasswordForm.token(), firstPasswordForm.newPassword());
                model.addAttribute("username", username.get());
                return "account/first-sign-in-done";
            } catch (PasswordPolicyViolation e) {
                e.messageKeys().forEach(key -> errors.rejectValue("newPassword", key));
            } catch (BusinessRuleException e) {
                return "account/first-sign-in-invalid";
            }
        }
        model.addAttribute("username", username.get());
        return "account/first-sign-in";
    }
}
