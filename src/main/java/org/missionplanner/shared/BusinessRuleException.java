package org.missionplanner.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request that breaks a business rule (the last administrator, a duplicate name). Carries a
 * message key for the user, and the form field it belongs to when there is one. When several rules
 * are broken at once (see {@link RuleViolations}) the first is thrown and carries the others, so
 * that a form shows every error after one submit.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<BusinessRuleException> others = new ArrayList<>();

    public BusinessRuleException(String messageKey) {
        this(messageKey, null);
    }

    public BusinessRuleException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    /** This refusal and every other broken at the same time, this one first. */
    public List<BusinessRuleException> violations() {
        List<BusinessRuleException> all = new ArrayList<>();
        all.add(this);
        all.addAll(others);
        return Collections.unmodifiableList(all);
    }

    void alsoBroken(List<BusinessRuleException> more) {
        others.addAll(more);
    }
}
