package org.missionplanner.coordination.web;

import org.missionplanner.shared.BusinessRuleException;
import org.springframework.validation.BindingResult;

/** Puts a business rule's message on its form field, or on the form. */
final class Forms {

    private Forms() {
    }

    static void reject(BindingResult errors, String field, BusinessRuleException e) {
        if (field != null) {
            errors.rejectValue(field, e.messageKey());
        } else {
            errors.reject(e.messageKey());
        }
    }
}
