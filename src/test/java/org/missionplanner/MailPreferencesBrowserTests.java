package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A user gives their e-mail address (a wrong one is refused on the field) and chooses which e-mails they receive. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MailPreferencesBrowserTests extends MissionPlannerBrowserTest {

    private static final String PASSWORD = "Harbour lantern for mail 42";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    private long userId;

    @AfterEach
    void deleteUser() {
        jdbc.update("delete from app_user where id = ?", userId);
    }

    @Test
    void aUserSetsTheirAddressAndChoosesADigestForComments() {
        String username = TestUsers.uniqueName("mail-prefs");
        userId = new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        signIn(username, PASSWORD);
        page.navigate("/account");

        assertThat(label("A comment on my element or thread: Immediately")).isChecked();
        assertThat(label("An action item of my mission is overdue: Daily digest"))
                .isChecked();
        label("E-mail address").fill("jane.doe@localhost");
        label("A comment on my element or thread: Daily digest").check();
        label("A mandate of my mission ends within 30 days: Never").check();
        button("Save e-mail preferences").click();

        assertThat(page.locator("#email-errors")).hasText("Enter an e-mail address such as name@example.org.");
        assertThat(label("E-mail address")).hasValue("jane.doe@localhost");
        assertThat(label("A comment on my element or thread: Daily digest")).isChecked();
        page.locator("#mail-preferences").scrollIntoViewIfNeeded();
        screenshot("mail-01-bad-address-refused");

        label("E-mail address").fill("jane.doe@example.org");
        button("Save e-mail preferences").click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your e-mail preferences are saved.");
        assertThat(label("E-mail address")).hasValue("jane.doe@example.org");
        assertThat(label("A comment on my element or thread: Daily digest")).isChecked();
        assertThat(label("A mandate of my mission ends within 30 days: Never")).isChecked();
        page.locator("#mail-preferences").scrollIntoViewIfNeeded();
        screenshot("mail-02-preferences-saved");
        assertThat(jdbc.queryForObject(
                        "select mode from mail_preference where user_id = ? and kind = 'COMMENT'",
                        String.class,
                        userId))
                .isEqualTo("DIGEST");
    }
}
