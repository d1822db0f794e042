package org.missionplanner.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The partnership service on PostgreSQL: its rules, its permission checks, and the organisation's view across missions. */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipsIntegrationTests {

    @Autowired
    Partnerships partnerships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long mission;
    long otherMission;
    long organisation;
    long plannerId;
    Authentication planner;

    @BeforeEach
    void setUp() {
        var users = new TestUsers(jdbc, encoder);
        mission = users.createMission(TestUsers.uniqueName("PSV"));
        otherMission = users.createMission(TestUsers.uniqueName("PSVB"));
        organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, humanitarian) values (?, 'Test partner', 'OTHER', true)
                returning id""", Long.class, TestUsers.uniqueName("PSVORG"));
        String username = TestUsers.uniqueName("psv-planner");
        plannerId = users.create(username, "USER", "Partnership-Test-Passphrase-1");
        users.member(plannerId, mission, "PLANNER");
        planner = new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_USER")));
        SecurityContextHolder.getContext().setAuthentication(planner);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from mission where id in (?, ?)", mission, otherMission);
        jdbc.update("delete from organisation where id = ?", organisation);
        jdbc.update("delete from app_user where id = ?", plannerId);
    }

    private PartnershipDetails details(Long organisationId, Arrangement arrangement, LocalDate from, LocalDate to) {
        return new PartnershipDetails(
                organisationId,
                arrangement,
                from,
                to,
                Set.of(Sector.HUMANITARIAN, Sector.POLITICAL),
                List.of(new FocalPoint("Ann Example", "Liaison", "ann@example.org")),
                "MoU 2020/1",
                "notes",
                Map.of(Principle.MATERIAL_SUPPORT, new PrincipleAssessment(Assessment.NOT_MET, "no agreement")),
                CmcoordRelationship.COEXISTENCE);
    }

    @Test
    void addsAPartnershipWithItsPrinciplesFocalPointsAndSectors() {
        long id = partnerships.add(
                mission, details(organisation, Arrangement.IMPLEMENTING_PARTNER, LocalDate.of(2020, 1, 1), null));
        var view = partnerships.get(mission, id);
        assertThat(view.principles())
                .extracting(PartnershipView.PrincipleView::principle)
                .containsExactly(Principle.values());
        assertThat(view.principles().get(1).assessment()).isEqualTo(Assessment.NOT_MET);
        assertThat(view.principles().get(1).note()).isEqualTo("no agreement");
        assertThat(view.focalPoints()).containsExactly(new FocalPoint("Ann Example", "Liaison", "ann@example.org"));
        assertThat(view.sectors()).containsExactlyInAnyOrder(Sector.HUMANITARIAN, Sector.POLITICAL);
        assertThat(view.cmcoordRelationship()).isEqualTo(CmcoordRelationship.COEXISTENCE);
        assertThat(view.anyNotMet()).isTrue();
    }

    @Test
    void refusesAnUnknownOrganisationOnItsFieldAndSavesNothing() {
        assertThatThrownBy(() -> partnerships.add(
                        mission, details(Long.MAX_VALUE, Arrangement.DONOR, LocalDate.of(2020, 1, 1), null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("organisationId"));
        assertThat(rows()).isZero();
    }

    @Test
    void refusesADuplicateForAnOverlappingPeriodButNotForALaterOne() {
        partnerships.add(
                mission,
                details(organisation, Arrangement.DONOR, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThatThrownBy(() -> partnerships.add(
                        mission, details(organisation, Arrangement.DONOR, LocalDate.of(2020, 6, 1), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("organisationId");
                    assertThat(e.messageKey()).isEqualTo("partners.partnership.duplicate");
                });
        partnerships.add(mission, details(organisation, Arrangement.DONOR, LocalDate.of(2021, 1, 1), null));
        partnerships.add(mission, details(organisation, Arrangement.OTHER, LocalDate.of(2020, 6, 1), null));
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void refusesAnEndBeforeTheStartAndAStaleVersionLeavingTheRowAsItWas() {
        long id = partnerships.add(mission, details(organisation, Arrangement.DONOR, LocalDate.of(2020, 1, 1), null));
        assertThatThrownBy(() -> partnerships.update(
                        mission,
                        id,
                        0,
                        details(organisation, Arrangement.DONOR, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
        partnerships.update(mission, id, 0, details(organisation, Arrangement.OTHER, LocalDate.of(2020, 1, 1), null));
        assertThatThrownBy(() -> partnerships.update(
                        mission, id, 0, details(organisation, Arrangement.DONOR, LocalDate.of(2020, 1, 1), null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(partnerships.get(mission, id).arrangement()).isEqualTo(Arrangement.OTHER);
        assertThat(partnerships.get(mission, id).version()).isEqualTo(1);
    }

    @Test
    void onlyThePlannersOfTheMissionChangeItsPartnerships() {
        assertThatThrownBy(() -> partnerships.add(
                        otherMission, details(organisation, Arrangement.DONOR, LocalDate.of(2020, 1, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partnerships.ofMission(otherMission)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from partnership where mission_id = ?", Integer.class, otherMission))
                .isZero();
    }

    @Test
    void anOrganisationsPartnershipsAcrossMissionsShowOnlyMissionsTheUserSees() {
        partnerships.add(mission, details(organisation, Arrangement.DONOR, LocalDate.of(2020, 1, 1), null));
        jdbc.update("""
                insert into partnership (mission_id, organisation_id, arrangement, start_date) values (?, ?, 'OTHER', date '2019-01-01')""", otherMission, organisation);
        var mine = partnerships.partnershipsOfOrganisation(organisation, planner);
        assertThat(mine).extracting(PartnershipSummary::missionId).containsExactly(mission);
        assertThat(mine.get(0).anyNotMet()).isTrue();
        var reviewer = new UsernamePasswordAuthenticationToken(
                "hq", null, List.of(new SimpleGrantedAuthority("ROLE_HQ_REVIEWER")));
        SecurityContextHolder.getContext().setAuthentication(reviewer);
        assertThat(partnerships.partnershipsOfOrganisation(organisation, reviewer))
                .extracting(PartnershipSummary::missionId)
                .containsExactly(otherMission, mission);
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from partnership where mission_id = ?", Integer.class, mission);
    }
}
