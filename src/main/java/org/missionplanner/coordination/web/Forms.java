package org.missionplanner.coordination.web;

import org.missionplanner.shared.BusinessRuleException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Puts a business rule's message on its form field, or on the form. */
final class Forms {

    private Forms() {}

    static void reject(BindingResult errors, String field, BusinessRuleException e) {
        if (field != null) {
            errors.rejectValue(field, e.messageKey());
        } else {
            errors.reject(e.messageKey());
        }
    }

    /**
     * Shows another form object (the posted one with blank rows added) with the errors of the
     * posted one: replacing a model attribute would otherwise drop its binding result.
     */
    static void replace(Model model, String name, Object form, BindingResult errors) {
        var result = new BeanPropertyBindingResult(form, name);
        result.addAllErrors(errors);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
    }
}
