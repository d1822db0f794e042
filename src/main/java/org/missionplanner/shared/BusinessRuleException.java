package org.missionplanner.shared;

/**
 * A request that breaks a business rule (the last administrator, a duplicate name). Carries a
 * message key for the user, and the form field it belongs to when there is one.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;

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
}
