package org.missionplanner.security;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Session writes a session's last-access time on every request, which made every page a
 * write transaction waiting for PostgreSQL to flush its log. This update statement skips the write
 * when only the last-access time moved, by less than {@value #TOUCH_EVERY_MILLIS} ms: the session
 * then expires at most that much before its idle timeout. Any other change (a new session id at
 * sign-in, another principal or timeout) is written at once. The parameters are bound in Spring
 * Session's order, so they are named once in a values row and compared from there.
 */
@Component
class SessionTouchThrottle implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    static final long TOUCH_EVERY_MILLIS = 60_000;

    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME% AS s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                PRINCIPAL_NAME = v.principal_name
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
                          CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
                 AS v (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
            WHERE s.PRIMARY_ID = v.primary_id
              AND (s.SESSION_ID <> v.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                   OR v.last_access_time - s.LAST_ACCESS_TIME >= """ + TOUCH_EVERY_MILLIS + ")";

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        sessions.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
