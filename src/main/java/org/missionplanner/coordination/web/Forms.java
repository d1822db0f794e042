package org.missionplanner.coordination.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Keeps a form's errors when the page shows a changed copy of the posted form. */
final class Forms {

    private Forms() {}

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
