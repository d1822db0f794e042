package org.missionplanner.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the failed sign-in counter: 10 consecutive failures lock an account for 15 minutes.
 * The counting is a single SQL update, so parallel attempts are all counted. A lock is audited
 * and announced with {@link AccountLocked}, so that the owner and the administrators hear of it.
 */
@Service
public class SignInRecorder {

    public static final int LOCK_THRESHOLD = 10;
    public static final int LOCK_MINUTES = 15;

    private final UserAccountRepository users;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final AccessDenials accessDenials;

    SignInRecorder(
            UserAccountRepository users,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            AccessDenials accessDenials) {
        this.users = users;
        this.auditLog = auditLog;
        this.events = events;
        this.accessDenials = accessDenials;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String reason) {
        auditLog.recordSecurityEvent(AuditEventType.SIGN_IN_FAILED, username, null, reason);
        if (users.registerFailedAttempt(username, LOCK_THRESHOLD, LOCK_MINUTES) == 1
                && Integer.valueOf(LOCK_THRESHOLD).equals(users.failedAttemptsOf(username))) {
            auditLog.recordSecurityEvent(
                    AuditEventType.ACCOUNT_LOCKED, username, null, LOCK_THRESHOLD + " failed sign-ins");
            users.findByUsername(username)
                    .ifPresent(user -> events.publishEvent(new AccountLocked(user.getId(), user.getUsername())));
        }
    }

    /** A sign-in refused before its password was checked: too many attempts from one address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void throttled(String username) {
        auditLog.recordSecurityEvent(AuditEventType.SIGN_IN_THROTTLED, username, null, "too many attempts");
    }

    /** A sign-in refused without checking the password (account locked or disabled): not counted. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String username, String reason) {
        auditLog.recordSecurityEvent(AuditEventType.SIGN_IN_FAILED, username, null, reason);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        users.findByUsername(username).ifPresent(user -> users.clearFailedAttempts(user.getId()));
        auditLog.recordSecurityEvent(AuditEventType.SIGN_IN_SUCCEEDED, username, null, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedOut(String username) {
        auditLog.recordSecurityEvent(AuditEventType.SIGNED_OUT, username, null, null);
    }

    /** A refused request: audited once per kind and window, every repetition counted (see {@link AccessDenials}). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void accessDenied(String username, String detail) {
        accessDenials.record(username, detail);
    }
}
