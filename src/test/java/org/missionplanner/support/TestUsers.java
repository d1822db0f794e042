package org.missionplanner.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates accounts and memberships straight in the database, with unique names per test. */
public class TestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    public TestUsers(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** Creates an enabled account with the given global role; returns its id. */
    public long create(String username, String globalRole, String password) {
        return jdbc.queryForObject("""
                insert into app_user (username, display_name, password_hash, global_role)
                values (?, ?, ?, ?) returning id
                """, Long.class, username, "Test " + username, encoder.encode(password), globalRole);
    }

    public long mission(String acronym) {
        return jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);
    }

    public long createMission(String acronym) {
        return jdbc.queryForObject(
                "insert into mission (acronym, full_name) values (?, ?) returning id",
                Long.class,
                acronym,
                "Test mission " + acronym);
    }

    public void member(long userId, long missionId, String role) {
        jdbc.update(
                "insert into mission_membership (user_id, mission_id, role) values (?, ?, ?)", userId, missionId, role);
    }

    /** Gives the member the mission's humanitarian coordination role (decides CMCoord requests). */
    public void humanitarianCoordination(long userId, long missionId) {
        jdbc.update(
                "update mission_membership set humanitarian_coordination = true where user_id = ? and mission_id = ?",
                userId,
                missionId);
    }
}
