package org.missionplanner.shared.web;

import org.missionplanner.shared.BusinessRuleException;
import org.springframework.validation.BindingResult;

/** Shows a service's refusal on the form: on the field it names, or on the form as a whole. */
public final class FieldErrors {

    private FieldErrors() {}

    /** On the field the exception names, or on the whole form when it names none. */
    public static void reject(BindingResult errors, BusinessRuleException e) {
        reject(errors, e.field(), e);
    }

    /** On this field of the form (null: the whole form), for a form that names a field differently. */
    public static void reject(BindingResult errors, String field, BusinessRuleException e) {
        if (field != null) {
            errors.rejectValue(field, e.messageKey());
        } else {
            errors.reject(e.messageKey());
        }
    }
}
