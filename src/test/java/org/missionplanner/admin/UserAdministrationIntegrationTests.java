package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What administrators do to accounts, through the pages and the service, with its guards and audit. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UserAdministrationIntegrationTests {

    private static final String PASSWORD = "a fine long password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdministration administration;

    @Test
    void createsAUserWithATemporaryPasswordThatMustBeChanged() {
        HttpSession admin = adminSession();
        String username = TestUsers.uniqueName("new");
        HttpResponse<String> created = admin.postForm(
                "/admin/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Ngozi Okafor",
                        "email",
                        "n.okafor@example.org",
                        "globalRole",
                        "USER"));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = admin.get(
                        created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
        String temporary = page.replaceAll("(?s).*data-testid=\"temporary-password\">([^<]+)<.*", "$1");
        assertThat(temporary).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");

        HttpSession user = new HttpSession(port);
        user.signIn(username, temporary);
        HttpResponse<String> missions = user.get("/missions");
        assertThat(missions.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        user.get("/account/password");
        HttpResponse<String> changed = user.postForm(
                "/account/password",
                Map.of("currentPassword", temporary, "newPassword", PASSWORD, "confirmPassword", PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(user.get("/missions").statusCode()).isEqualTo(200);
        assertThat(audit(username, "USER_CREATED")).isEqualTo(1);
        assertThat(audit(username, "PASSWORD_CHANGED")).isEqualTo(1);
    }

    @Test
    void showsFieldErrorsForBadInputAndSavesNothing() {
        HttpSession admin = adminSession();
        int before = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        HttpResponse<String> response = admin.postForm(
                "/admin/users",
                Map.of("username", "x", "displayName", "", "email", "not-an-email", "globalRole", "USER"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Use 3 to 64 letters", "is-invalid", "aria-describedby=\"email-errors\"");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void refusesADuplicateUserNameOnTheField() {
        HttpSession admin = adminSession();
        HttpResponse<String> response = admin.postForm(
                "/admin/users",
                Map.of("username", "PLANNER", "displayName", "Someone", "email", "", "globalRole", "USER"));
        assertThat(response.body()).contains("This user name is already taken");
    }

    @Test
    void aStaleEditIsRefusedWithAConflictPage() {
        long id = new TestUsers(jdbc, encoder).create(TestUsers.uniqueName("stale"), "USER", PASSWORD);
        HttpSession admin = adminSession();
        admin.get("/admin/users/" + id);
        jdbc.update("update app_user set display_name = 'Changed elsewhere', version = version + 1 where id = ?", id);
        HttpResponse<String> response = admin.postForm(
                "/admin/users/" + id,
                Map.of(
                        "username",
                        "ignored",
                        "displayName",
                        "My edit",
                        "email",
                        "",
                        "globalRole",
                        "USER",
                        "version",
                        "0"));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Someone else changed this");
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, id))
                .isEqualTo("Changed elsewhere");
    }

    @Test
    void recordsRoleAndMembershipChangesWithOldAndNewValues() {
        String username = TestUsers.uniqueName("roles");
        long id = new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        long unmil = jdbc.queryForObject("select id from mission where acronym = 'UNMIL'", Long.class);
        HttpSession admin = adminSession();
        admin.get("/admin/users/" + id);
        admin.postForm(
                "/admin/users/" + id,
                Map.of(
                        "displayName",
                        "Roles",
                        "email",
                        "",
                        "globalRole",
                        "HQ_REVIEWER",
                        "version",
                        "0",
                        "username",
                        username));
        admin.postForm(
                "/admin/users/" + id + "/memberships", Map.of("missionId", String.valueOf(unmil), "role", "VIEWER"));
        admin.postForm(
                "/admin/users/" + id + "/memberships", Map.of("missionId", String.valueOf(unmil), "role", "PLANNER"));
        admin.postForm("/admin/users/" + id + "/memberships/" + unmil + "/delete", Map.of());

        assertThat(jdbc.queryForMap(
                        "select old_value, new_value from audit_event where target_user_id = ? and event_type = 'ROLE_CHANGED'",
                        id))
                .isEqualTo(Map.of("old_value", "USER", "new_value", "HQ_REVIEWER"));
        assertThat(jdbc.queryForMap(
                        "select old_value, new_value, mission_id from audit_event where target_user_id = ? and event_type = 'MEMBERSHIP_CHANGED'",
                        id))
                .containsEntry("old_value", "VIEWER")
                .containsEntry("new_value", "PLANNER")
                .containsEntry("mission_id", unmil);
        assertThat(audit(username, "MEMBERSHIP_ADDED")).isEqualTo(1);
        assertThat(audit(username, "MEMBERSHIP_REMOVED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mission_membership where user_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void disablingAUserEndsTheirSessionAtOnce() {
        String username = TestUsers.uniqueName("disable");
        long id = new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        HttpSession user = new HttpSession(port);
        user.signIn(username, PASSWORD);
        assertThat(user.get("/").statusCode()).isEqualTo(200);

        HttpSession admin = adminSession();
        admin.get("/admin/users/" + id);
        admin.postForm("/admin/users/" + id + "/disable", Map.of());

        HttpResponse<String> after = user.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
        assertThat(new HttpSession(port).signIn(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(audit(username, "USER_DISABLED")).isEqualTo(1);
    }

    @Test
    void resetsPasswordsUnlocksAndRecordsDetailChanges() {
        String username = TestUsers.uniqueName("reset");
        long id = new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        jdbc.update(
                "update app_user set failed_attempts = 10, locked_until = now() + interval '15 minutes' where id = ?",
                id);
        HttpSession admin = adminSession();
        admin.get("/admin/users/" + id);
        admin.postForm(
                "/admin/users/" + id,
                Map.of(
                        "displayName",
                        "Amara Kamara",
                        "email",
                        "a.kamara@example.org",
                        "globalRole",
                        "USER",
                        "version",
                        "0",
                        "username",
                        username));
        admin.get("/admin/users/" + id);
        admin.postForm("/admin/users/" + id + "/unlock", Map.of());
        admin.get("/admin/users/" + id);
        HttpResponse<String> reset = admin.postForm("/admin/users/" + id + "/reset-password", Map.of());
        String page = admin.get(
                        reset.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
        String temporary = page.replaceAll("(?s).*data-testid=\"temporary-password\">([^<]+)<.*", "$1");

        assertThat(temporary).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(jdbc.queryForMap(
                        "select failed_attempts, locked_until, must_change_password from app_user where id = ?", id))
                .containsEntry("failed_attempts", 0)
                .containsEntry("locked_until", null)
                .containsEntry("must_change_password", true);
        assertThat(new HttpSession(port).signIn(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(new HttpSession(port).signIn(username, temporary).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(jdbc.queryForMap(
                        "select old_value, new_value from audit_event where target_user_id = ? and event_type = 'USER_CHANGED'",
                        id))
                .containsEntry("old_value", "name=Test " + username + ", email=")
                .containsEntry("new_value", "name=Amara Kamara, email=a.kamara@example.org");
        assertThat(audit(username, "ACCOUNT_UNLOCKED")).isEqualTo(1);
        assertThat(audit(username, "PASSWORD_RESET")).isEqualTo(1);
    }

    @Test
    void theLastEnabledAdministratorCannotBeDemotedOrDisabled() {
        String soleAdmin = TestUsers.uniqueName("sole-admin");
        long soleAdminId = new TestUsers(jdbc, encoder).create(soleAdmin, "ADMINISTRATOR", PASSWORD);
        // every other administrator is disabled for the duration of this test
        var others = jdbc.queryForList(
                "select id from app_user where global_role = 'ADMINISTRATOR' and enabled and id <> ?",
                Long.class,
                soleAdminId);
        others.forEach(id -> jdbc.update("update app_user set enabled = false where id = ?", id));
        try {
            signInAs(soleAdmin, "ADMINISTRATOR");
            assertThatThrownBy(
                            () -> administration.update(soleAdminId, new UserChange(0, "Sole", null, GlobalRole.USER)))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("user.lastAdministrator");
            signInAs("someone-else", "ADMINISTRATOR");
            assertThatThrownBy(() -> administration.disable(soleAdminId))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("user.lastAdministrator");
            assertThat(jdbc.queryForObject(
                            "select global_role = 'ADMINISTRATOR' and enabled from app_user where id = ?",
                            Boolean.class,
                            soleAdminId))
                    .isTrue();
        } finally {
            others.forEach(id -> jdbc.update("update app_user set enabled = true where id = ?", id));
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        String username = TestUsers.uniqueName("self");
        long id = new TestUsers(jdbc, encoder).create(username, "ADMINISTRATOR", PASSWORD);
        try {
            signInAs(username, "ADMINISTRATOR");
            assertThatThrownBy(() -> administration.disable(id))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("user.disable.self");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void onlyAdministratorsMayCallTheService() {
        try {
            signInAs("planner", "USER");
            assertThatThrownBy(() -> administration.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpSession adminSession() {
        HttpSession admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        admin.get("/admin/users");
        return admin;
    }

    private static void signInAs(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    private int audit(String username, String type) {
        return jdbc.queryForObject("""
                select count(*) from audit_event e join app_user u on u.id = e.target_user_id
                where u.username = ? and e.event_type = ?
                """, Integer.class, username, type);
    }
}
