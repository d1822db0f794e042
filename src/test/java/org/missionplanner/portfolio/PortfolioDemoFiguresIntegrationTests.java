package org.missionplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.coordination.CoordinationQueries;
import org.missionplanner.mission.Mandates;
import org.missionplanner.partner.PartnershipView;
import org.missionplanner.partner.Partnerships;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.plan.PlanSummary;
import org.missionplanner.planview.CoherenceReport;
import org.missionplanner.planview.PlanCoherence;
import org.missionplanner.structure.IntegrationCheckService;
import org.missionplanner.structure.IntegrationCheckState;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The portfolio's figures for the demo missions (UNMIL with its approved concept and draft
 * framework and work plan, MONUC with its approved framework and electoral plan) are those the
 * owning modules show on their own pages: the coherence report of each current plan, the partner
 * map, the coordination page's overdue items, the integration checks and the mandate in force.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortfolioDemoFiguresIntegrationTests {

    @Autowired
    Portfolio portfolio;

    @Autowired
    PlanQueries plans;

    @Autowired
    PlanCoherence coherence;

    @Autowired
    Partnerships partnerships;

    @Autowired
    CoordinationQueries coordination;

    @Autowired
    IntegrationCheckService checks;

    @Autowired
    Mandates mandates;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    Authentication reviewer;

    @BeforeEach
    void signInAsTheDemoReviewer() {
        UserDetails details = userDetails.loadUserByUsername("reviewer");
        reviewer = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(reviewer);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDemoMissionsFiguresAreThoseOfTheirOwnPages() {
        List<PortfolioRow> rows = portfolio.rows(reviewer, PortfolioFilter.NONE, PortfolioSort.MISSION, false);
        for (String acronym : List.of("UNMIL", "MONUC", "UNMIK")) {
            long missionId = new TestUsers(jdbc, null).mission(acronym);
            PortfolioRow row = rows.stream()
                    .filter(r -> r.missionId() == missionId)
                    .findFirst()
                    .orElseThrow();
            List<PlanSummary> current = plans.plansOf(missionId).stream()
                    .filter(p -> p.status() != PlanStatus.SUPERSEDED)
                    .toList();
            List<CoherenceReport> reports =
                    current.stream().map(p -> coherence.report(p.id())).toList();
            assertThat(row.currentPlans()).as(acronym).isEqualTo(current.size());
            assertThat(row.tasks())
                    .as(acronym)
                    .isEqualTo(reports.stream()
                            .mapToLong(CoherenceReport::taskCount)
                            .sum());
            assertThat(row.tasksWithoutLead())
                    .as(acronym)
                    .isEqualTo(reports.stream()
                            .mapToLong(r -> r.withoutLead().count())
                            .sum());
            assertThat(row.unfundedTasks())
                    .as(acronym)
                    .isEqualTo(reports.stream()
                            .mapToLong(r -> r.unfunded().count())
                            .sum());
            assertThat(row.indicatorsOffTrack())
                    .as(acronym)
                    .isEqualTo(reports.stream()
                            .mapToLong(r -> r.offTrackIndicators().size())
                            .sum());
            BigDecimal gap = reports.stream()
                    .flatMap(r -> r.fundingGap().totals().stream())
                    .map(CoherenceReport.GapLine::gap)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(row.fundingGapTotal()).as(acronym).isEqualByComparingTo(gap);

            List<PartnershipView> partners = partnerships.ofMission(missionId);
            assertThat(row.partnerships()).as(acronym).isEqualTo(partners.size());
            assertThat(row.partnershipsWithUnmetPrinciple())
                    .as(acronym)
                    .isEqualTo(
                            partners.stream().filter(PartnershipView::anyNotMet).count());
            assertThat(row.overdueActions())
                    .as(acronym)
                    .isEqualTo(coordination.actionItems(missionId, null, true).size());
            assertThat(row.failingChecks())
                    .as(acronym)
                    .isEqualTo(checks.checks(missionId).stream()
                            .filter(c -> c.state() == IntegrationCheckState.WARNING)
                            .count());
            var mandate = mandates.inForceSummary(missionId);
            assertThat(row.mandateExpiresOn())
                    .as(acronym)
                    .isEqualTo(mandate.hasMandateInForce() ? mandate.inForce().expiresOn() : null);
        }
        // the plans in force the demo approves: UNMIL's mission concept, MONUC's framework (over its electoral plan)
        PortfolioRow unmil = rows.stream()
                .filter(r -> r.acronym().equals("UNMIL"))
                .findFirst()
                .orElseThrow();
        PortfolioRow monuc = rows.stream()
                .filter(r -> r.acronym().equals("MONUC"))
                .findFirst()
                .orElseThrow();
        assertThat(unmil.planInForceKind()).isEqualTo(org.missionplanner.plan.PlanKind.MISSION_CONCEPT);
        assertThat(monuc.planInForceKind()).isEqualTo(org.missionplanner.plan.PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK);
        assertThat(unmil.tasks()).isPositive();
        assertThat(monuc.tasks()).isPositive();
    }
}
