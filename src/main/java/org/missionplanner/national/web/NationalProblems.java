package org.missionplanner.national.web;

import java.util.List;
import java.util.Map;
import org.missionplanner.national.NationalRuleViolations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;

/**
 * Turns the broken rules of a national actor or plan into a 422 problem (the API's answer to a
 * refused rule, as elsewhere) or into form errors.
 */
final class NationalProblems {

    private NationalProblems() {}

    static ProblemDetail problem(NationalRuleViolations e, MessageSource messages) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "Some fields are not valid.");
        problem.setTitle("Request refused");
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of(
                        "field",
                        v.field(),
                        "message",
                        messages.getMessage(v.messageKey(), null, v.messageKey(), LocaleContextHolder.getLocale())))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The version an edit sends; none is a refusal on {@code version}. */
    static long requireVersion(Long version) {
        if (version == null) {
            throw new NationalRuleViolations(
                    List.of(new NationalRuleViolations.Violation("version", "national.version.required")));
        }
        return version;
    }

    static void reject(NationalRuleViolations e, BindingResult binding) {
        e.violations().forEach(v -> {
            if (binding.getFieldErrorCount(v.field()) == 0) {
                binding.rejectValue(v.field(), v.messageKey());
            }
        });
    }
}
