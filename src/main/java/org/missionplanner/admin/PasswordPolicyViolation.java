package org.missionplanner.admin;

import java.util.List;

/** A new password breaks the password policy; carries one message key per broken rule. */
public class PasswordPolicyViolation extends RuntimeException {

    private final List<String> messageKeys;

    PasswordPolicyViolation(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
