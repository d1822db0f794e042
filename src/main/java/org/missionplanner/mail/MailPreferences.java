package org.missionplanner.mail;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's choice per kind of message; a kind never chosen has its default. */
@Service
@Transactional
public class MailPreferences {

    private final JdbcClient jdbc;
    private final UserDirectory users;

    MailPreferences(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** The user's mode for every kind, in the enumeration's order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public Map<MailKind, MailMode> of(String username) {
        return of(userId(username));
    }

    /** Replaces the user's choices; a kind left out keeps its current mode. */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public void save(String username, Map<MailKind, MailMode> modes) {
        long userId = userId(username);
        modes.forEach((kind, mode) -> set(userId, kind, mode));
    }

    Map<MailKind, MailMode> of(long userId) {
        Map<MailKind, MailMode> modes = new EnumMap<>(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            modes.put(kind, kind.defaultMode());
        }
        jdbc.sql("select kind, mode from mail_preference where user_id = :user")
                .param("user", userId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .forEach(row -> kindOf(row[0]).ifPresent(kind -> modes.put(kind, MailMode.valueOf(row[1]))));
        return modes;
    }

    /** The mode of one kind for each of these users, in one statement. */
    Map<Long, MailMode> modes(Collection<Long> userIds, MailKind kind) {
        Map<Long, MailMode> modes = new HashMap<>();
        userIds.forEach(id -> modes.put(id, kind.defaultMode()));
        if (!userIds.isEmpty()) {
            jdbc.sql("select user_id, mode from mail_preference where kind = :kind and user_id in (:users)")
                    .param("kind", kind.name())
                    .param("users", List.copyOf(userIds))
                    .query((rs, i) -> modes.put(rs.getLong(1), MailMode.valueOf(rs.getString(2))))
                    .list();
        }
        return modes;
    }

    void set(long userId, MailKind kind, MailMode mode) {
        jdbc.sql("""
                        insert into mail_preference (user_id, kind, mode) values (:user, :kind, :mode)
                        on conflict (user_id, kind) do update set mode = excluded.mode
                        """)
                .param("user", userId)
                .param("kind", kind.name())
                .param("mode", mode.name())
                .update();
    }

    private long userId(String username) {
        return users.idOf(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    private static Optional<MailKind> kindOf(String name) {
        try {
            return Optional.of(MailKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
