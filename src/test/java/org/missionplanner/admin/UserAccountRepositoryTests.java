package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

@DataJpaTest
@TestPropertySource(properties = "spring.test.database.replace=none")
class UserAccountRepositoryTests {

    @Autowired
    UserAccountRepository users;

    @Autowired
    MissionMembershipRepository memberships;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void userNamesAreUniqueWhateverTheirCase() {
        users.saveAndFlush(account("casetest", GlobalRole.USER));
        assertThat(users.findByUsername("CaseTest")).isPresent();
        assertThatThrownBy(() -> jdbc.update("""
                insert into app_user (username, display_name, password_hash, global_role) values ('CASETEST', 'x', 'x', 'USER')
                """)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAnUnknownRole() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into app_user (username, display_name, password_hash, global_role) values ('rolecheck', 'x', 'x', 'ROOT')
                """)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theTenthFailureLocksAndAnExpiredLockStartsANewCount() {
        UserAccount user = users.saveAndFlush(account("counting", GlobalRole.USER));
        for (int i = 0; i < 9; i++) {
            users.registerFailedAttempt("counting", 10, 15);
        }
        assertThat(jdbc.queryForObject(
                        "select locked_until from app_user where id = ?", java.sql.Timestamp.class, user.getId()))
                .isNull();
        users.registerFailedAttempt("COUNTING", 10, 15);
        assertThat(jdbc.queryForObject(
                        "select locked_until > now() from app_user where id = ?", Boolean.class, user.getId()))
                .isTrue();

        jdbc.update("update app_user set locked_until = now() - interval '1 minute' where id = ?", user.getId());
        users.registerFailedAttempt("counting", 10, 15);
        assertThat(users.failedAttemptsOf("counting")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select locked_until from app_user where id = ?", java.sql.Timestamp.class, user.getId()))
                .isNull();
    }

    @Test
    void searchesByTextRoleMissionAndStatus() {
        UserAccount reviewer = users.saveAndFlush(account("searchable-reviewer", GlobalRole.HQ_REVIEWER));
        UserAccount member = users.saveAndFlush(account("searchable-member", GlobalRole.USER));
        long mission = jdbc.queryForObject(
                "insert into mission (acronym, full_name) values ('SRCH', 'Search test') returning id", Long.class);
        memberships.saveAndFlush(new MissionMembership(member.getId(), mission, MembershipRole.VIEWER, Instant.now()));

        assertThat(search(new UserSearch("searchable", null, null, null, null)))
                .containsExactlyInAnyOrder("searchable-reviewer", "searchable-member");
        assertThat(search(new UserSearch("searchable", GlobalRole.HQ_REVIEWER, null, null, null)))
                .containsExactly("searchable-reviewer");
        assertThat(search(new UserSearch("", null, mission, null, null))).containsExactly("searchable-member");
        assertThat(search(new UserSearch("searchable", null, null, null, true))).isEmpty();
        assertThat(search(new UserSearch("searchable", null, null, true, false)))
                .hasSize(2);
        assertThat(reviewer.getId()).isNotNull();
    }

    private java.util.List<String> search(UserSearch search) {
        return users.search(
                        search.normalisedText(),
                        search.role(),
                        search.enabled(),
                        search.locked(),
                        search.missionId(),
                        PageRequest.of(0, 20))
                .map(UserAccount::getUsername)
                .getContent();
    }

    private static UserAccount account(String username, GlobalRole role) {
        return new UserAccount(
                username, "Test " + username, null, role, "{argon2}not-a-real-hash", false, Instant.now());
    }
}
