package org.missionplanner.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rules a request breaks instead of stopping at the first, so that a planner sees
 * every error at once. Each check is a piece of code that throws a {@link BusinessRuleException};
 * checks of independent fields go in separate calls.
 *
 * <pre>{@code
 * RuleViolations violations = new RuleViolations();
 * violations.check(() -> requiredText(details.title(), "title"));
 * violations.check(() -> checkDates(details));
 * violations.throwIfAny();
 * }</pre>
 */
public final class RuleViolations {

    private final List<BusinessRuleException> found = new ArrayList<>();

    /** Runs a check; a refusal is kept and the next check runs. */
    public RuleViolations check(Runnable rule) {
        try {
            rule.run();
        } catch (BusinessRuleException e) {
            found.addAll(e.violations());
        }
        return this;
    }

    /** A rule found broken here. */
    public RuleViolations add(String messageKey, String field) {
        found.add(new BusinessRuleException(messageKey, field));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws the first refusal carrying all the others; nothing when every rule held. */
    public void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        BusinessRuleException first = new BusinessRuleException(
                found.get(0).messageKey(), found.get(0).field());
        first.alsoBroken(found.subList(1, found.size()));
        throw first;
    }
}
