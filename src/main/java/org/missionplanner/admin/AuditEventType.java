package org.missionplanner.admin;

/** The security-relevant events the audit log records. */
public enum AuditEventType {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGNED_OUT,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    USER_CREATED,
    USER_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    ROLE_CHANGED,
    MEMBERSHIP_ADDED,
    MEMBERSHIP_CHANGED,
    MEMBERSHIP_REMOVED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    ACCESS_DENIED
}
