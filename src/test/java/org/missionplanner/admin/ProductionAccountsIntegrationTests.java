package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database first started in demo mode, then started in {@code prod}: the demo accounts are
 * disabled and the configured administrator is made one, whoever else is. Each test runs the
 * start-up step in a transaction it rolls back, as the demo accounts serve the other tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ProductionAccountsIntegrationTests {

    private static final String CONFIGURED_PASSWORD = "Field-Office-Passphrase-2026";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void demoModeMarksItsFourAccounts() {
        assertThat(jdbc.queryForList(
                        "select username from app_user where demo_account order by username", String.class))
                .containsExactly("admin", "planner", "reviewer", "viewer");
    }

    @Test
    void disablesTheDemoAccountsAndCreatesTheConfiguredAdministratorBesideTheDemoOne(CapturedOutput output) {
        String configured = TestUsers.uniqueName("ops");
        assertThat(enabled("admin")).as("an administrator exists already").isTrue();
        startInProductionThen(configured, () -> {
            assertThat(jdbc.queryForObject(
                            "select count(*) from app_user where demo_account and enabled", Integer.class))
                    .isZero();
            assertThat(enabled("planner")).isFalse();
            assertThat(enabled("admin")).isFalse();
            Map<String, Object> account = account(configured);
            assertThat(account)
                    .containsEntry("global_role", "ADMINISTRATOR")
                    .containsEntry("enabled", true)
                    .containsEntry("demo_account", false)
                    .containsEntry("must_change_password", false);
            assertThat(encoder.matches(CONFIGURED_PASSWORD, (String) account.get("password_hash")))
                    .isTrue();
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event
                    where event_type = 'USER_DISABLED' and target_username = 'planner' and new_value = 'disabled: demo account'
                    """, Integer.class)).isEqualTo(1);
        });
        assertThat(output).contains("disabled the demo accounts [admin, planner, reviewer, viewer]");
        assertThat(output).contains("created the administrator " + configured);
        assertThat(enabled("planner")).as("rolled back for the other tests").isTrue();
    }

    @Test
    void aConfiguredAdministratorNamedAfterTheDemoOneTakesItOverWithItsOwnPassword() {
        startInProductionThen("admin", () -> {
            Map<String, Object> account = account("admin");
            assertThat(account)
                    .containsEntry("global_role", "ADMINISTRATOR")
                    .containsEntry("enabled", true)
                    .containsEntry("demo_account", false);
            String hash = (String) account.get("password_hash");
            assertThat(encoder.matches(CONFIGURED_PASSWORD, hash)).isTrue();
            assertThat(encoder.matches(HttpSession.DEMO_PASSWORD, hash)).isFalse();
            assertThat(enabled("viewer")).isFalse();
        });
    }

    @Test
    void promotesAndEnablesAnExistingAccountButKeepsItsPassword() {
        String username = TestUsers.uniqueName("chief");
        long id = new TestUsers(jdbc, encoder).create(username, "USER", "Own-Chosen-Passphrase-2026");
        jdbc.update("update app_user set enabled = false where id = ?", id);
        startInProductionThen(username, () -> {
            Map<String, Object> account = account(username);
            assertThat(account).containsEntry("global_role", "ADMINISTRATOR").containsEntry("enabled", true);
            assertThat(encoder.matches("Own-Chosen-Passphrase-2026", (String) account.get("password_hash")))
                    .isTrue();
        });
    }

    private void startInProductionThen(String configuredAdministrator, Runnable assertions) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            new ProductionAccounts(provisioning, policy, configuredAdministrator, CONFIGURED_PASSWORD).run(null);
            assertions.run();
        });
    }

    private boolean enabled(String username) {
        return jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, username);
    }

    private Map<String, Object> account(String username) {
        return jdbc.queryForMap(
                "select global_role, enabled, demo_account, must_change_password, password_hash from app_user where username = ?",
                username);
    }
}
