package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Lists show only what the user may see; the service refuses another mission's id. */
@SpringBootTest
@AutoConfigureMockMvc
class MissionVisibilityIntegrationTests {

    @Autowired
    MissionCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aUserSeesOnlyTheMissionsTheyAreAMemberOf() {
        var planner = signedIn("planner", "USER");
        assertThat(catalog.search("", planner, PageRequest.of(0, 50))
                        .map(MissionView::acronym)
                        .getContent())
                .containsExactlyInAnyOrder("MONUC", "UNMIK", "UNMIL");
        assertThat(catalog.countVisible(planner)).isEqualTo(3);
        assertThat(catalog.search("liberia", planner, PageRequest.of(0, 50))
                        .map(MissionView::acronym)
                        .getContent())
                .containsExactly("UNMIL");
    }

    @Test
    void reviewersAndAdministratorsSeeEveryMission() {
        long all = jdbc.queryForObject("select count(*) from mission", Long.class);
        assertThat(catalog.countVisible(signedIn("reviewer", "HQ_REVIEWER"))).isEqualTo(all);
        assertThat(catalog.countVisible(signedIn("admin", "ADMINISTRATOR"))).isEqualTo(all);
    }

    @Test
    void refusesToReadAMissionTheUserIsNotAMemberOf() {
        signedIn("viewer", "USER");
        long unmil = missionId("UNMIL");
        long unama = missionId("UNAMA");
        assertThat(catalog.get(unmil).acronym()).isEqualTo("UNMIL");
        assertThatThrownBy(() -> catalog.get(unama)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownMissionIsNotFoundForAReviewer() {
        signedIn("reviewer", "HQ_REVIEWER");
        assertThatThrownBy(() -> catalog.get(999_999)).isInstanceOf(NotFoundException.class);
    }

    private long missionId(String acronym) {
        return jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);
    }

    private static Authentication signedIn(String username, String role) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }
}
