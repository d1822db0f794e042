package org.missionplanner.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The structure services on PostgreSQL, as a signed-in planner: copies, access, replacement. */
@SpringBootTest
@AutoConfigureMockMvc
class StructureEditingIntegrationTests {

    @Autowired
    StructureEditing editing;

    @Autowired
    StructureQueries queries;

    @Autowired
    StructureSeeding seeding;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    long userId;
    long mission;
    long visibleSource;
    long hiddenSource;

    @BeforeEach
    void signInAsPlanner() {
        var users = new TestUsers(jdbc, encoder);
        String username = TestUsers.uniqueName("str-svc");
        long user = users.create(username, "USER", "Service-Test-Passphrase-1");
        userId = user;
        mission = users.createMission(TestUsers.uniqueName("SVC"));
        visibleSource = users.createMission(TestUsers.uniqueName("SVCSRC"));
        hiddenSource = users.createMission(TestUsers.uniqueName("SVCHID"));
        users.member(user, mission, "PLANNER");
        users.member(user, visibleSource, "VIEWER");
        seeding.seedIfEmpty(visibleSource, StructureTemplates.genericIntegratedMission());
        seeding.seedIfEmpty(hiddenSource, StructureTemplates.genericIntegratedMission());
        var principal = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @AfterEach
    void signOutAndRemoveTestData() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from mission where id in (?, ?, ?)", mission, visibleSource, hiddenSource);
        jdbc.update("delete from app_user where id = ?", userId);
    }

    @Test
    void aCopyHasTheSameUnitsLinesAndPostsAsItsSource() {
        long force = jdbc.queryForObject(
                "select id from org_unit where mission_id = ? and unit_type = 'MILITARY_COMPONENT'",
                Long.class,
                visibleSource);
        jdbc.update(
                "insert into org_unit_posts (unit_id, category, authorised, filled) values (?, 'MILITARY', 900, 850)",
                force);

        editing.startFrom(mission, StartingPoint.COPY, visibleSource, false);

        var copy = queries.view(mission);
        var source = queries.view(visibleSource);
        assertThat(copy.units())
                .extracting(StructureView.Unit::name, StructureView.Unit::depth)
                .containsExactlyElementsOf(source.units().stream()
                        .map(u -> org.assertj.core.groups.Tuple.tuple(u.name(), u.depth()))
                        .toList());
        assertThat(copy.units().stream()
                        .mapToLong(u -> u.secondaryLines().size())
                        .sum())
                .isEqualTo(source.units().stream()
                        .mapToLong(u -> u.secondaryLines().size())
                        .sum());
        assertThat(copy.units())
                .filteredOn(u -> u.unitType() == UnitType.MILITARY_COMPONENT)
                .singleElement()
                .satisfies(u -> assertThat(u.authorisedPosts()).isEqualTo(900));
        assertThat(copy.units())
                .extracting(StructureView.Unit::id)
                .doesNotContainAnyElementsOf(
                        source.units().stream().map(StructureView.Unit::id).toList());
    }

    @Test
    void aMissionTheUserCannotSeeCannotBeCopied() {
        assertThatThrownBy(() -> editing.startFrom(mission, StartingPoint.COPY, hiddenSource, false))
                .isInstanceOf(NotFoundException.class);
        assertThat(queries.view(mission).isEmpty()).isTrue();
        assertThat(queries.copySources(
                        mission, SecurityContextHolder.getContext().getAuthentication()))
                .extracting(m -> m.id())
                .contains(visibleSource)
                .doesNotContain(hiddenSource, mission);
    }

    @Test
    void onlyPlannersOfTheMissionChangeItsStructure() {
        assertThatThrownBy(() -> editing.startFrom(visibleSource, StartingPoint.BLANK, null, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.view(hiddenSource)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from org_unit where mission_id = ?", Integer.class, visibleSource))
                .isPositive();
    }

    @Test
    void replacingAStructureNeedsConfirmationAndRemovesEveryUnitAndLine() {
        editing.startFrom(mission, StartingPoint.GENERIC, null, false);
        assertThatThrownBy(() -> editing.startFrom(mission, StartingPoint.GENERIC, null, false))
                .isInstanceOf(BusinessRuleException.class);
        int units = jdbc.queryForObject("select count(*) from org_unit where mission_id = ?", Integer.class, mission);

        editing.startFrom(mission, StartingPoint.GENERIC, null, true);

        assertThat(jdbc.queryForObject("select count(*) from org_unit where mission_id = ?", Integer.class, mission))
                .isEqualTo(units);
        assertThat(queries.view(mission).units())
                .filteredOn(u -> u.unitType() == UnitType.HEAD_OF_MISSION)
                .hasSize(1);
    }

    @Test
    void theFirstUnitOfABlankStructureIsTheHeadAndPostsAreKept() {
        long head = editing.addUnit(
                mission,
                new UnitDetails(
                        UnitType.HEAD_OF_MISSION,
                        "Office of the ERSG",
                        "Executive Representative",
                        null,
                        "Freetown",
                        null,
                        List.of()));
        long office = editing.addUnit(
                mission,
                new UnitDetails(
                        UnitType.FIELD_OFFICE,
                        "Bo office",
                        null,
                        null,
                        "Bo",
                        head,
                        List.of(new UnitPosts(PostCategory.NATIONAL_STAFF, 12, 9))));
        assertThatThrownBy(() -> editing.addUnit(
                        mission,
                        new UnitDetails(UnitType.HEAD_OF_MISSION, "Second", null, null, null, null, List.of())))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> editing.addUnit(
                        mission, new UnitDetails(UnitType.GENDER, "Gender", null, null, null, null, List.of())))
                .isInstanceOf(BusinessRuleException.class);

        var unit = queries.view(mission).units().stream()
                .filter(u -> u.id() == office)
                .findFirst()
                .orElseThrow();
        assertThat(unit.category()).isEqualTo(UnitCategory.SUBSTANTIVE);
        assertThat(unit.posts().get(PostCategory.NATIONAL_STAFF).filled()).isEqualTo(9);
        assertThat(unit.depth()).isEqualTo(1);
    }
}
