package org.missionplanner.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.CreatedUser;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.NewUser;
import org.missionplanner.admin.UserAdministration;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode and every test without an SMTP server: nothing is sent and nothing fails; messages are
 * kept as not sent, and a new user gets the on-screen temporary password as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MailWithoutServerIntegrationTests {

    @Autowired
    UserAdministration administration;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailOutbox mailOutbox;

    @Autowired
    PlatformTransactionManager transactions;

    private Long userId;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        if (userId != null) {
            jdbc.update("delete from app_user where id = ?", userId);
        }
    }

    @Test
    void aNewUserWithAnAddressGetsATemporaryPasswordOnScreenAndNoLink() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMINISTRATOR"));
        String username = TestUsers.uniqueName("no-mail");

        CreatedUser created =
                administration.create(new NewUser(username, "No Mail", username + "@example.org", GlobalRole.USER));
        userId = created.userId();

        assertThat(created.temporaryPassword()).isNotBlank();
        assertThat(created.linkSentTo()).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from first_sign_in_token where user_id = ?", Long.class, userId))
                .isZero();
        assertThat(dispatcher.dispatch()).isZero();
    }

    @Test
    void aMessageIsKeptAsNotSent() {
        String username = TestUsers.uniqueName("no-mail-reviewer");
        userId = jdbc.queryForObject(
                "insert into app_user (username, display_name, password_hash, global_role, email) values (?, 'R', 'x', 'HQ_REVIEWER', ?) returning id",
                Long.class,
                username,
                username + "@example.org");
        var outbox = new TransactionTemplate(transactions);
        outbox.executeWithoutResult(status -> mailOutbox.notify(
                MailKind.PLAN_SUBMITTED,
                List.of(userId),
                null,
                new MailTopic("Plan X", "Planner", null, "/plans/1/review")));

        assertThat(jdbc.queryForList("select status from mail_outbox where user_id = ?", String.class, userId))
                .containsExactly("NOT_SENT");
        assertThat(dispatcher.dispatch()).isZero();
    }
}
