package org.missionplanner.shared.web;

import java.util.function.UnaryOperator;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.validation.BindingResult;

/**
 * Shows a service's refusal on the form: every broken rule on the field it names, or on the form
 * as a whole; a field that already shows an error of its own (a date that is not a date) is not
 * given a second one.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** Each refusal on the field it names, or on the whole form when it names none. */
    public static void reject(BindingResult errors, BusinessRuleException e) {
        reject(errors, e, UnaryOperator.identity());
    }

    /** On this field of the form (null: the whole form), for a form that names a field differently. */
    public static void reject(BindingResult errors, String field, BusinessRuleException e) {
        if (e.violations().size() == 1) {
            rejectOne(errors, field, e);
        } else {
            reject(errors, e, UnaryOperator.identity());
        }
    }

    /** Each refusal on the form field {@code formField} makes of the field the service named (null: the whole form). */
    public static void reject(BindingResult errors, BusinessRuleException e, UnaryOperator<String> formField) {
        for (BusinessRuleException violation : e.violations()) {
            rejectOne(errors, violation.field() == null ? null : formField.apply(violation.field()), violation);
        }
    }

    private static void rejectOne(BindingResult errors, String field, BusinessRuleException e) {
        if (field == null) {
            errors.reject(e.messageKey());
        } else if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, e.messageKey());
        }
    }
}
