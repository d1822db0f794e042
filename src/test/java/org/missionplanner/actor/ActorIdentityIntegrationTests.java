package org.missionplanner.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.planview.MatrixFilter;
import org.missionplanner.planview.ResponsibilityMatrix;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.structure.StructureEditing;
import org.missionplanner.structure.UnitDetails;
import org.missionplanner.structure.UnitType;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One identity per actor on PostgreSQL: a Country Team agency placed in a mission's structure is
 * the organisation itself (UNMIL's demo data: UNDP once), and V39's re-pointing moves what named
 * such a unit onto the organisation, keeping each party once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActorIdentityIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PartyLookup parties;

    @Autowired
    ResponsibilityMatrix matrix;

    @Autowired
    StructureEditing editing;

    Long createdMission;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        if (createdMission != null) {
            jdbc.update("delete from plan where mission_id = ?", createdMission);
            jdbc.update("delete from mission where id = ?", createdMission);
        }
    }

    @Test
    void unmilsUndpIsTheOrganisationPlacedInTheStructureAndNoUnitReferenceRemains() {
        long unmil = jdbc.queryForObject("select id from mission where acronym = 'UNMIL'", Long.class);
        long undp = undp();
        assertThat(jdbc.queryForList(
                        "select organisation_id from org_unit where mission_id = ? and name = 'UNDP'",
                        Long.class,
                        unmil))
                .containsExactly(undp);

        // every reference to a unit placing an organisation has moved onto the organisation
        assertThat(jdbc.queryForObject("""
                        select count(*) from org_unit u where u.organisation_id is not null and (
                            exists (select 1 from plan_task t where t.lead_unit_id = u.id)
                            or exists (select 1 from plan_task_supporter s where s.unit_id = u.id)
                            or exists (select 1 from plan_risk r where r.owner_unit_id = u.id)
                            or exists (select 1 from action_item a where a.owner_unit_id = u.id)
                            or exists (select 1 from coordination_body b where b.chair_unit_id = u.id)
                            or exists (select 1 from coordination_body_member m where m.unit_id = u.id)
                            or exists (select 1 from meeting_attendee m where m.unit_id = u.id))""", Long.class)).isZero();

        // the actors of the structure and the choices name UNDP once, as the organisation
        assertThat(parties.units(unmil)).extracting(NamedParty::name).containsOnlyOnce("UNDP");
        assertThat(parties.units(unmil)).extracting(NamedParty::key).contains("organisation-" + undp);
        PartyChoices choices = parties.choices(unmil);
        List<NamedParty> all = new ArrayList<>(choices.units());
        all.addAll(choices.organisations());
        assertThat(all).extracting(NamedParty::name).containsOnlyOnce("UNDP");
        assertThat(choices.units()).extracting(NamedParty::name).doesNotContain("UNDP");

        // a unit-N key of the placed unit is no unit of the mission's own: refused as a party
        long undpUnit = jdbc.queryForObject(
                "select id from org_unit where mission_id = ? and organisation_id = ?", Long.class, unmil, undp);
        assertThat(parties.missionUnitIds(unmil)).doesNotContain(undpUnit).isNotEmpty();
    }

    @Test
    void theMatrixDoesNotListUndpAmongTheUnitsWithNoTaskWhileUndpLeadsTasks() {
        long undp = undp();
        Long planId = jdbc.queryForObject("""
                select p.id from plan p join mission m on m.id = p.mission_id
                 where m.acronym = 'UNMIL'
                   and exists (select 1 from plan_task t where t.plan_id = p.id and t.lead_organisation_id = ?)
                 order by p.id limit 1""", Long.class, undp);
        signInAsAdministrator();

        var view = matrix.matrix(planId, MatrixFilter.none());

        assertThat(view.idleUnits()).extracting(NamedParty::name).doesNotContain("UNDP");
        assertThat(view.actors()).extracting(NamedParty::name).containsOnlyOnce("UNDP");
        assertThat(view.actorChoices()).extracting(NamedParty::name).containsOnlyOnce("UNDP");
    }

    @Test
    void linkingMovesTaskLeadSupportersAndRiskOwnerOntoTheOrganisationKeepingEachOnce() {
        var users = new TestUsers(jdbc, encoder);
        createdMission = users.createMission(TestUsers.uniqueName("ID"));
        long mission = createdMission;
        long unicef = jdbc.queryForObject(
                "select id from organisation where acronym = 'UNICEF' and kind = 'UN_AGENCY_FUND_PROGRAMME'",
                Long.class);
        long head = unit(mission, "HEAD_OF_MISSION", "SRSG", "LEADERSHIP", null);
        long unicefUnit = unit(mission, "UNCT_AGENCY", "UNICEF", "UN_COUNTRY_TEAM", head);
        long civilAffairs = unit(mission, "CIVIL_AFFAIRS", "Civil Affairs", "SUBSTANTIVE", head);
        long plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status, version)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Identity plan', date '2026-01-01', date '2027-12-31',
                        'DRAFT', 0) returning id""", Long.class, mission);
        long objective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension, version)
                values (?, 1, 'Children', 'HUMANITARIAN', 0) returning id""", Long.class, plan);
        long task = jdbc.queryForObject("""
                insert into plan_task (plan_id, objective_id, position, title, lead_unit_id, status, version)
                values (?, ?, 1, 'Reunify children', ?, 'ON_TRACK', 0) returning id""", Long.class, plan, objective, unicefUnit);
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, organisation_id) values (?, 0, ?)", task, unicef);
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, unit_id) values (?, 1, ?)", task, civilAffairs);
        long other = jdbc.queryForObject("""
                insert into plan_task (plan_id, objective_id, position, title, lead_unit_id, status, version)
                values (?, ?, 2, 'Schools', ?, 'ON_TRACK', 0) returning id""", Long.class, plan, objective, civilAffairs);
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, organisation_id) values (?, 0, ?)", other, unicef);
        jdbc.update("insert into plan_task_supporter (task_id, position, unit_id) values (?, 1, ?)", other, unicefUnit);
        jdbc.update("""
                insert into plan_risk (plan_id, position, description, dilemma, likelihood, impact, owner_unit_id, version)
                values (?, 1, 'Recruitment of children', 'HUMAN_RIGHTS', 'MEDIUM', 'HIGH', ?, 0)""", plan, unicefUnit);

        Integer linked = jdbc.queryForObject("select link_organisation_units(?)", Integer.class, mission);

        assertThat(linked).isEqualTo(1);
        assertThat(jdbc.queryForObject("select organisation_id from org_unit where id = ?", Long.class, unicefUnit))
                .isEqualTo(unicef);
        assertThat(jdbc.queryForMap("select lead_unit_id, lead_organisation_id from plan_task where id = ?", task))
                .containsEntry("lead_unit_id", null)
                .containsEntry("lead_organisation_id", unicef);
        // led by the organisation now: it is not also its supporter; the others keep their order, from 0
        assertThat(jdbc.queryForList(
                        "select position || ':' || coalesce('unit-' || unit_id, 'organisation-' || organisation_id)"
                                + " from plan_task_supporter where task_id = ? order by position",
                        String.class,
                        task))
                .containsExactly("0:unit-" + civilAffairs);
        // supported by the unit and by the organisation: once
        assertThat(jdbc.queryForList(
                        "select position || ':' || coalesce('unit-' || unit_id, 'organisation-' || organisation_id)"
                                + " from plan_task_supporter where task_id = ? order by position",
                        String.class,
                        other))
                .containsExactly("0:organisation-" + unicef);
        assertThat(jdbc.queryForObject(
                        "select owner_organisation_id from plan_risk where plan_id = ?", Long.class, plan))
                .isEqualTo(unicef);
        // linking again changes nothing
        assertThat(jdbc.queryForObject("select link_organisation_units(?)", Integer.class, mission))
                .isZero();
    }

    @Test
    void aPlannerPlacesAnOrganisationInTheStructureOnceAndTheUnitTakesItsAcronym() {
        var users = new TestUsers(jdbc, encoder);
        createdMission = users.createMission(TestUsers.uniqueName("IE"));
        long mission = createdMission;
        String plannerName = TestUsers.uniqueName("identity-planner");
        long planner = users.create(plannerName, "USER", "Identity-Test-1");
        users.member(planner, mission, "PLANNER");
        try {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            plannerName, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
            long wfp = jdbc.queryForObject(
                    "select id from organisation where acronym = 'WFP' and kind = 'UN_AGENCY_FUND_PROGRAMME'",
                    Long.class);
            long head = editing.addUnit(
                    mission, new UnitDetails(UnitType.HEAD_OF_MISSION, "SRSG", null, null, null, null, List.of()));
            long placed = editing.addUnit(
                    mission,
                    new UnitDetails(
                            UnitType.UNCT_AGENCY, "", "WFP Country Director", null, null, head, List.of(), wfp));

            assertThat(jdbc.queryForMap("select name, organisation_id from org_unit where id = ?", placed))
                    .containsEntry("name", "WFP")
                    .containsEntry("organisation_id", wfp);
            assertThat(parties.units(mission)).extracting(NamedParty::key).contains("organisation-" + wfp);

            assertThatThrownBy(() -> editing.addUnit(
                            mission, new UnitDetails(UnitType.UNCT_AGENCY, "", null, null, null, head, List.of(), wfp)))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("structure.unit.organisation.placed");
                        assertThat(e.field()).isEqualTo("organisationId");
                    });
            assertThatThrownBy(() -> editing.addUnit(
                            mission, new UnitDetails(UnitType.UNCT_AGENCY, "", null, null, null, head, List.of(), -7L)))
                    .isInstanceOfSatisfying(
                            BusinessRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.organisation.unknown"));
            assertThat(jdbc.queryForObject(
                            "select count(*) from org_unit where mission_id = ?", Integer.class, mission))
                    .isEqualTo(2);

            // placing an organisation in an existing unit moves what named the unit onto the organisation
            long unicef = jdbc.queryForObject(
                    "select id from organisation where acronym = 'UNICEF' and kind = 'UN_AGENCY_FUND_PROGRAMME'",
                    Long.class);
            long office = editing.addUnit(
                    mission,
                    new UnitDetails(UnitType.UNCT_AGENCY, "Children's agency", null, null, null, head, List.of()));
            long plan = jdbc.queryForObject("""
                    insert into plan (mission_id, kind, title, period_start, period_end, status, version)
                    values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Placement plan', date '2026-01-01',
                            date '2027-12-31', 'DRAFT', 0) returning id""", Long.class, mission);
            long task = jdbc.queryForObject("""
                    insert into plan_task (plan_id, position, title, lead_unit_id, status, version)
                    values (?, 1, 'Reunify children', ?, 'ON_TRACK', 0) returning id""", Long.class, plan, office);
            long version = jdbc.queryForObject("select version from org_unit where id = ?", Long.class, office);
            editing.updateUnit(
                    mission,
                    office,
                    version,
                    new UnitDetails(UnitType.UNCT_AGENCY, "", null, null, null, head, List.of(), unicef));
            assertThat(jdbc.queryForMap("select lead_unit_id, lead_organisation_id from plan_task where id = ?", task))
                    .containsEntry("lead_unit_id", null)
                    .containsEntry("lead_organisation_id", unicef);
        } finally {
            jdbc.update("delete from mission_membership where user_id = ?", planner);
            jdbc.update("delete from app_user where id = ?", planner);
        }
    }

    private long unit(long mission, String type, String name, String category, Long reportsTo) {
        return jdbc.queryForObject("""
                insert into org_unit (mission_id, unit_type, name, category, reports_to_id)
                values (?, ?, ?, ?, ?) returning id""", Long.class, mission, type, name, category, reportsTo);
    }

    private long undp() {
        return jdbc.queryForObject(
                "select id from organisation where acronym = 'UNDP' and kind = 'UN_AGENCY_FUND_PROGRAMME'", Long.class);
    }

    private static void signInAsAdministrator() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
    }
}
