package org.missionplanner.account.web;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.Map;
import org.missionplanner.admin.OwnEmailAddress;
import org.missionplanner.mail.MailKind;
import org.missionplanner.mail.MailMode;
import org.missionplanner.mail.MailPreferences;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's e-mail address and, per kind of message, immediately, daily digest or never. */
@Controller
class MailPreferencesController {

    private final OwnEmailAddress emailAddress;
    private final MailPreferences preferences;
    private final AccountController account;

    MailPreferencesController(OwnEmailAddress emailAddress, MailPreferences preferences, AccountController account) {
        this.emailAddress = emailAddress;
        this.preferences = preferences;
        this.account = account;
    }

    @PostMapping("/account/mail")
    String save(
            @Valid @ModelAttribute MailSettingsForm mailForm,
            BindingResult errors,
            @RequestParam Map<String, String> parameters,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Map<MailKind, MailMode> modes = modes(parameters);
        if (!errors.hasErrors()) {
            try {
                emailAddress.change(authentication.getName(), mailForm.email());
                preferences.save(authentication.getName(), modes);
                redirect.addFlashAttribute("flashSuccess", "mail.preferences.saved");
                return "redirect:/account#mail-preferences";
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        Map<MailKind, MailMode> shown = new EnumMap<>(preferences.of(authentication.getName()));
        shown.putAll(modes);
        model.addAttribute("mailModes", shown);
        return account.overview(authentication, model);
    }

    /** The modes posted; a missing or unknown value leaves that kind as it is. */
    private static Map<MailKind, MailMode> modes(Map<String, String> parameters) {
        Map<MailKind, MailMode> modes = new EnumMap<>(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            String value = parameters.get("mode." + kind.name());
            for (MailMode mode : MailMode.values()) {
                if (mode.name().equals(value)) {
                    modes.put(kind, mode);
                }
            }
        }
        return modes;
    }
}
