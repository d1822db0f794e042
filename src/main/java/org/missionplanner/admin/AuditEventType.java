package org.missionplanner.admin;

import java.util.Arrays;
import java.util.List;

/** The events the audit log records: security events and the decisions that change who may do what. */
public enum AuditEventType {
    SIGN_IN_SUCCEEDED(Category.SIGN_IN),
    SIGN_IN_FAILED(Category.SIGN_IN),
    SIGN_IN_THROTTLED(Category.SIGN_IN),
    SIGNED_OUT(Category.SIGN_IN),
    ACCOUNT_LOCKED(Category.ACCOUNTS),
    ACCOUNT_UNLOCKED(Category.ACCOUNTS),
    PASSWORD_CHANGED(Category.ACCOUNTS),
    PASSWORD_RESET(Category.ACCOUNTS),
    USER_CREATED(Category.ACCOUNTS),
    USER_CHANGED(Category.ACCOUNTS),
    USER_DISABLED(Category.ACCOUNTS),
    USER_ENABLED(Category.ACCOUNTS),
    ROLE_CHANGED(Category.ACCOUNTS),
    MEMBERSHIP_ADDED(Category.MEMBERSHIPS),
    MEMBERSHIP_CHANGED(Category.MEMBERSHIPS),
    MEMBERSHIP_REMOVED(Category.MEMBERSHIPS),
    HUMANITARIAN_COORDINATION_CHANGED(Category.MEMBERSHIPS),
    TOKEN_CREATED(Category.ACCOUNTS),
    TOKEN_REVOKED(Category.ACCOUNTS),
    ACCESS_DENIED(Category.REFUSALS),
    PLAN_SUBMITTED(Category.PLANS),
    PLAN_APPROVED(Category.PLANS),
    PLAN_RETURNED(Category.PLANS),
    PLAN_DELETED(Category.DELETIONS),
    MISSION_DELETED(Category.DELETIONS),
    ORGANISATION_MERGED(Category.REGISTRY);

    /** The kinds an administrator filters by. */
    public enum Category {
        SIGN_IN,
        ACCOUNTS,
        MEMBERSHIPS,
        PLANS,
        REGISTRY,
        DELETIONS,
        REFUSALS;

        public List<AuditEventType> types() {
            return Arrays.stream(AuditEventType.values())
                    .filter(type -> type.category == this)
                    .toList();
        }
    }

    private final Category category;

    AuditEventType(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
