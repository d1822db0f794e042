package org.missionplanner.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Planners record bodies, meetings and action items on PostgreSQL; the rules hold before anything is saved. */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinationEditingIntegrationTests {

    @Autowired
    CoordinationEditing editing;

    @Autowired
    CoordinationQueries queries;

    @Autowired
    OverdueActions overdueActions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long mission;
    long otherMission;
    long planner;
    long viewer;
    String plannerName;
    String viewerName;
    long head;
    long jmac;
    long foreignUnit;
    long organisation;

    @BeforeEach
    void createMissions() {
        var users = new TestUsers(jdbc, encoder);
        mission = users.createMission(TestUsers.uniqueName("CO"));
        otherMission = users.createMission(TestUsers.uniqueName("CX"));
        plannerName = TestUsers.uniqueName("co-planner");
        viewerName = TestUsers.uniqueName("co-viewer");
        planner = users.create(plannerName, "USER", "Coordination-Test-1");
        viewer = users.create(viewerName, "USER", "Coordination-Test-1");
        users.member(planner, mission, "PLANNER");
        users.member(viewer, mission, "VIEWER");
        head = unit(mission, "HEAD_OF_MISSION", "Office of the SRSG");
        jmac = unit(mission, "JMAC", "JMAC");
        foreignUnit = unit(otherMission, "JMAC", "Foreign JMAC");
        organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind) values (?, 'Test agency', 'OTHER') returning id""", Long.class, TestUsers.uniqueName("AG"));
        signIn(plannerName);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from mission where id in (?, ?)", mission, otherMission);
        jdbc.update("delete from app_user where id in (?, ?)", planner, viewer);
        jdbc.update("delete from organisation where id = ?", organisation);
    }

    @Test
    void aMeetingsActionItemBecomesOverdueAndLeavesTheListWhenDone() {
        long body = editing.createBody(
                mission, smg(Party.unit(head), List.of(Party.unit(jmac), Party.organisation(organisation))));
        editing.createMeeting(
                mission,
                body,
                new MeetingDetails(
                        LocalDate.now().minusDays(10),
                        List.of(Party.unit(jmac)),
                        "Donor representatives",
                        "Summary",
                        List.of("Decision one"),
                        List.of(
                                new ActionDetails(
                                        null,
                                        "Late action",
                                        Party.organisation(organisation),
                                        LocalDate.now().minusDays(1)),
                                new ActionDetails(
                                        null,
                                        "Future action",
                                        Party.unit(jmac),
                                        LocalDate.now().plusDays(5)))));

        var overview = queries.overview(mission);
        assertThat(overview.bodies()).singleElement().satisfies(b -> {
            assertThat(b.chair().name()).isEqualTo("Office of the SRSG");
            assertThat(b.members()).extracting(NamedParty::name).contains("JMAC");
        });
        assertThat(overview.overdue()).extracting(OverdueAction::description).containsExactly("Late action");
        var late = overview.overdue().get(0);
        assertThat(late.ownerName()).startsWith("AG-");
        assertThat(overdueActions.forUser(auth(plannerName), 50))
                .extracting(OverdueAction::id)
                .contains(late.id());

        var page = queries.body(mission, body);
        assertThat(page.meetings()).singleElement().satisfies(m -> {
            assertThat(m.decisions()).containsExactly("Decision one");
            assertThat(m.actionItems()).extracting(ActionView::overdue).containsExactly(true, false);
        });

        editing.changeStatus(mission, late.id(), late.version(), ActionStatus.DONE);
        assertThat(queries.overview(mission).overdue()).isEmpty();
        assertThat(queries.actionItems(mission, ActionStatus.DONE, false))
                .extracting(ActionView::description)
                .containsExactly("Late action");
    }

    @Test
    void anOwnerUnitOfAnotherMissionIsRefusedOnItsFieldAndNothingIsSaved() {
        long body = editing.createBody(mission, smg(Party.unit(head), List.of()));
        var details = new MeetingDetails(
                LocalDate.now(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(new ActionDetails(
                        null, "Report", Party.unit(foreignUnit), LocalDate.now().plusDays(3))));

        assertThatThrownBy(() -> editing.createMeeting(mission, body, details))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("actions[0].owner"));
        assertThat(jdbc.queryForObject("select count(*) from meeting where body_id = ?", Integer.class, body))
                .isZero();
        assertThatThrownBy(() -> editing.createBody(mission, smg(Party.unit(foreignUnit), List.of())))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_body where mission_id = ?", Integer.class, mission))
                .isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedAndTheBodyIsUnchanged() {
        long body = editing.createBody(mission, smg(Party.unit(head), List.of()));
        editing.updateBody(mission, body, 0, smg(Party.unit(jmac), List.of()));

        assertThatThrownBy(() -> editing.updateBody(mission, body, 0, smg(Party.organisation(organisation), List.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(queries.bodies(mission).get(0).chair().name()).isEqualTo("JMAC");
    }

    @Test
    void updatingAMeetingKeepsTheStatusOfItsItemsAndRemovesTheOnesLeftOut() {
        long body = editing.createBody(mission, smg(Party.unit(head), List.of()));
        long meeting = editing.createMeeting(
                mission,
                body,
                new MeetingDetails(
                        LocalDate.now(),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        List.of(
                                new ActionDetails(null, "Kept", Party.unit(head), LocalDate.now()),
                                new ActionDetails(null, "Removed", Party.unit(head), LocalDate.now()))));
        var items = queries.body(mission, body).meetings().get(0).actionItems();
        editing.changeStatus(mission, items.get(0).id(), items.get(0).version(), ActionStatus.DROPPED);
        long version = queries.body(mission, body).meetings().get(0).version();

        editing.updateMeeting(
                mission,
                body,
                meeting,
                version,
                new MeetingDetails(
                        LocalDate.now(),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        List.of(
                                new ActionDetails(
                                        items.get(0).id(), "Kept, renamed", Party.unit(head), LocalDate.now()),
                                new ActionDetails(null, "Added", Party.unit(jmac), LocalDate.now()))));

        assertThat(queries.body(mission, body).meetings().get(0).actionItems())
                .extracting(ActionView::description, ActionView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kept, renamed", ActionStatus.DROPPED),
                        org.assertj.core.groups.Tuple.tuple("Added", ActionStatus.OPEN));
    }

    @Test
    void aViewerReadsButCannotEdit() {
        long body = editing.createBody(mission, smg(Party.unit(head), List.of()));
        signIn(viewerName);
        assertThat(queries.bodies(mission)).hasSize(1);
        assertThatThrownBy(() -> editing.deleteBody(mission, body, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(overdueActions.forUser(auth(viewerName), 10)).allMatch(a -> a.missionId() != otherMission);
    }

    private static BodyDetails smg(Party chair, List<Party> members) {
        return new BodyDetails(
                BodyKind.SENIOR_MANAGEMENT_GROUP,
                "Senior Management Group",
                chair,
                members,
                MeetingFrequency.WEEKLY,
                "Terms");
    }

    private long unit(long missionId, String type, String name) {
        return jdbc.queryForObject("""
                insert into org_unit (mission_id, unit_type, name, category) values (?, ?, ?, 'LEADERSHIP') returning id""", Long.class, missionId, type, name);
    }

    private static Authentication auth(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_USER"));
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(auth(username));
    }
}
