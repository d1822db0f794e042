package org.missionplanner.national;

import java.util.List;

/** Every rule a national actor or plan broke, each on its field, so that a form shows them all at once. */
public class NationalRuleViolations extends RuntimeException {

    /** One refusal: the field and the message key. */
    public record Violation(String field, String messageKey) {}

    private final List<Violation> violations;

    public NationalRuleViolations(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
