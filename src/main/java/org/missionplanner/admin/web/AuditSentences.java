package org.missionplanner.admin.web;

import java.util.Locale;
import org.missionplanner.admin.AuditEntry;
import org.missionplanner.admin.AuditEventType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says an audit entry in the reader's language: who did what to whom on which mission, with roles
 * and other stored enum values translated. The log stores values as written at the time (enum
 * names, "role=ADMINISTRATOR"); only the reading is translated, so old entries read well too.
 */
@Component
class AuditSentences {

    private final MessageSource messages;

    AuditSentences(MessageSource messages) {
        this.messages = messages;
    }

    String of(AuditEntry entry, Locale locale) {
        Object[] words = {
            actor(entry, locale),
            entry.targetUsername() == null ? message("audit.unknownAccount", locale) : entry.targetUsername(),
            entry.missionName() == null ? "" : entry.missionName(),
            value(entry.eventType(), entry.oldValue(), locale),
            value(entry.eventType(), entry.newValue(), locale),
            entry.detail() == null ? "" : entry.detail()
        };
        return messages.getMessage("audit.sentence." + entry.eventType().name(), words, locale);
    }

    private String actor(AuditEntry entry, Locale locale) {
        if (entry.actorUsername() == null) {
            return message("audit.unknown", locale);
        }
        return "system".equals(entry.actorUsername()) ? message("audit.system", locale) : entry.actorUsername();
    }

    /** A stored value in words: the role names of accounts and memberships translated, the rest as stored. */
    private String value(AuditEventType type, String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return "–";
        }
        String bare = stored.startsWith("role=") ? stored.substring("role=".length()) : stored;
        String key = switch (type) {
            case ROLE_CHANGED, USER_CREATED -> "role." + bare;
            case MEMBERSHIP_ADDED, MEMBERSHIP_CHANGED, MEMBERSHIP_REMOVED -> "membership.role." + bare;
            default -> null;
        };
        return key == null ? stored : messages.getMessage(key, null, stored, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
