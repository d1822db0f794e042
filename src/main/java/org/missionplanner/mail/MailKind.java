package org.missionplanner.mail;

/**
 * The kinds of message a user chooses to receive immediately, in the daily digest, or never.
 * Review-related messages default to immediately, the others to the digest.
 */
public enum MailKind {
    PLAN_SUBMITTED(MailMode.IMMEDIATE),
    PLAN_APPROVED(MailMode.IMMEDIATE),
    PLAN_RETURNED(MailMode.IMMEDIATE),
    COMMENT(MailMode.IMMEDIATE),
    MANDATE_EXPIRING(MailMode.DIGEST),
    ACTION_OVERDUE(MailMode.DIGEST),
    CMCOORD_REQUEST(MailMode.DIGEST);

    private final MailMode defaultMode;

    MailKind(MailMode defaultMode) {
        this.defaultMode = defaultMode;
    }

    public MailMode defaultMode() {
        return defaultMode;
    }

    /** The message key stem: "mail.kind.plan_submitted". */
    String key() {
        return "mail.kind." + name().toLowerCase();
    }
}
