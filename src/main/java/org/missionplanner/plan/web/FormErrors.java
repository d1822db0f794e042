package org.missionplanner.plan.web;

import java.util.Arrays;
import java.util.Map;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.FieldErrors;
import org.springframework.validation.BindingResult;

/** Puts a refusal of the plan's rules on the form field it concerns, or on the form as a whole. */
final class FormErrors {

    /** Fields the service names that a form shows under another name. */
    private static final Map<String, String> FORM_FIELD = Map.of("resultId", "serves", "objectiveId", "serves");

    private FormErrors() {}

    static void reject(BindingResult errors, BusinessRuleException e) {
        FieldErrors.reject(errors, e, field -> formField(errors.getTarget(), field));
    }

    private static String formField(Object form, String field) {
        if (field == null || form == null || !form.getClass().isRecord()) {
            return null;
        }
        for (String candidate : new String[] {field, FORM_FIELD.get(field)}) {
            if (candidate != null
                    && Arrays.stream(form.getClass().getRecordComponents())
                            .anyMatch(c -> c.getName().equals(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
