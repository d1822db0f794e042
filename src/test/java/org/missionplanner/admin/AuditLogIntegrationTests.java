package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuditLogIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRecords() {
        new HttpSession(port).signIn("viewer", HttpSession.DEMO_PASSWORD);
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'tampered' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Integer.class, id))
                .isOne();
    }

    @Test
    void recordsSignInSignOutAndFailuresWithTheClientAddressButNeverThePassword() {
        String username = TestUsers.uniqueName("audited");
        new TestUsers(jdbc, encoder).create(username, "USER", "an audited password");
        HttpSession session = new HttpSession(port);
        session.signIn(username, "a wrong secret value");
        session.signIn(username, "an audited password");
        session.get("/");
        session.postForm("/logout", java.util.Map.of());

        var events = jdbc.queryForList("""
                select e.event_type from audit_event e join app_user u on u.id = e.actor_user_id
                where u.username = ? order by e.id
                """, String.class, username);
        assertThat(events).containsExactly("SIGN_IN_FAILED", "SIGN_IN_SUCCEEDED", "SIGNED_OUT");
        assertThat(jdbc.queryForList(
                        "select remote_address from audit_event e join app_user u on u.id = e.actor_user_id where u.username = ?",
                        String.class,
                        username))
                .allMatch(address -> address != null && !address.isBlank());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where concat(old_value, new_value, detail) like '%secret%'",
                        Integer.class))
                .isZero();
    }

    @Test
    void recordsAccessDenied() {
        HttpSession viewer = new HttpSession(port);
        viewer.signIn("viewer", HttpSession.DEMO_PASSWORD);
        assertThat(viewer.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where event_type = 'ACCESS_DENIED' and actor_username = 'viewer'
                and detail like 'GET /admin/users%'
                """, Integer.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void repeatedRefusalsAreCountedNotWrittenAgain() {
        String username = TestUsers.uniqueName("repeats");
        new TestUsers(jdbc, encoder).create(username, "USER", "a repeating password");
        HttpSession user = new HttpSession(port);
        user.signIn(username, "a repeating password");
        for (int i = 0; i < 30; i++) {
            assertThat(user.get("/admin/users").statusCode()).isEqualTo(403);
            assertThat(user.get("/admin/audit").statusCode()).isEqualTo(403);
        }

        int windows = jdbc.queryForObject(
                "select count(distinct window_start) from audit_access_denial where actor_key = ?",
                Integer.class,
                username);
        assertThat(refusalsAuditedFor(username)).isEqualTo(2 * windows);
        assertThat(jdbc.queryForObject(
                        "select sum(denials) from audit_access_denial where actor_key = ?", Integer.class, username))
                .isEqualTo(60);

        HttpSession admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        String page = admin.get("/admin/audit?username=" + username + "&type=ACCESS_DENIED")
                .body();
        assertThat(page).contains("GET /admin/users: not permitted");
        if (windows == 1) {
            assertThat(page).contains("×30 in 10 minutes");
        }
    }

    @Test
    void refusalsOfManyKindsAuditAtMostTwentyPerWindowAndCountTheRest() {
        String username = TestUsers.uniqueName("kinds");
        new TestUsers(jdbc, encoder).create(username, "USER", "a probing password");
        HttpSession user = new HttpSession(port);
        user.signIn(username, "a probing password");
        for (int i = 0; i < 45; i++) {
            assertThat(user.get("/admin/probe-" + i).statusCode()).isEqualTo(403);
        }

        int windows = jdbc.queryForObject(
                "select count(distinct window_start) from audit_access_denial where actor_key = ?",
                Integer.class,
                username);
        assertThat(refusalsAuditedFor(username)).isLessThanOrEqualTo(AccessDenials.AUDITED_PER_WINDOW * windows);
        if (windows == 1) {
            assertThat(refusalsAuditedFor(username)).isEqualTo(AccessDenials.AUDITED_PER_WINDOW);
        }
        assertThat(jdbc.queryForObject(
                        "select sum(denials) from audit_access_denial where actor_key = ?", Integer.class, username))
                .isEqualTo(45);
    }

    private int refusalsAuditedFor(String username) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where event_type = 'ACCESS_DENIED' and actor_username = ?",
                Integer.class,
                username);
    }

    @Test
    void administratorsFilterAndExportTheLogAsCsv() {
        String username = TestUsers.uniqueName("csv");
        new TestUsers(jdbc, encoder).create(username, "USER", "an exported password");
        new HttpSession(port).signIn(username, "an exported password");

        HttpSession admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        HttpResponse<String> page = admin.get("/admin/audit?username=" + username + "&type=SIGN_IN_SUCCEEDED");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(username).doesNotContain("Failed sign-in</td>");

        HttpResponse<String> csv = admin.get("/admin/audit/export.csv?username=" + username);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        var lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("occurred_at_utc,event,actor_user_id,actor");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("SIGN_IN_SUCCEEDED", username);
    }
}
