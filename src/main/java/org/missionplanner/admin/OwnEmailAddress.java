package org.missionplanner.admin;

import java.util.Objects;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user changes the e-mail address their notifications go to. */
@Service
@Transactional
public class OwnEmailAddress {

    private final UserAccountRepository users;
    private final AuditLog auditLog;

    OwnEmailAddress(UserAccountRepository users, AuditLog auditLog) {
        this.users = users;
        this.auditLog = auditLog;
    }

    /** Sets or (blank) removes the address; refuses one that is not an address, on the field "email". */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public void change(String username, String email) {
        String address = email == null || email.isBlank() ? null : email.trim();
        if (address != null && !EmailAddresses.isValid(address)) {
            throw new BusinessRuleException("email.invalid", "email");
        }
        UserAccount user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        String old = user.getEmail();
        if (Objects.equals(old, address)) {
            return;
        }
        user.rename(user.getDisplayName(), address);
        auditLog.recordChange(
                AuditEventType.USER_CHANGED,
                user,
                null,
                "email=" + (old == null ? "" : old),
                "email=" + (address == null ? "" : address));
    }
}
