package org.missionplanner.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.support.SvgTemplates;

class PartnershipRulesTests {

    static PartnershipDetails details(Arrangement arrangement, LocalDate from, LocalDate to) {
        return new PartnershipDetails(
                1L,
                arrangement,
                from,
                to,
                Set.of(Sector.SECURITY),
                List.of(),
                null,
                null,
                Map.of(),
                CmcoordRelationship.COORDINATION);
    }

    @Test
    void rejectsAPartnershipEndingBeforeItStarts() {
        assertThatThrownBy(() -> new Partnership(
                        1, details(Arrangement.DONOR, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 4, 30)), false))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("endDate");
                    assertThat(e.messageKey()).isEqualTo("validation.dateRange");
                });
    }

    @Test
    void periodsOverlapWhenTheyShareADayAndAnOpenEndRunsForever() {
        var closed = details(Arrangement.DONOR, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(closed.overlaps(LocalDate.of(2020, 12, 31), null)).isTrue();
        assertThat(closed.overlaps(LocalDate.of(2021, 1, 1), null)).isFalse();
        assertThat(closed.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
                .isFalse();
        var open = details(Arrangement.DONOR, LocalDate.of(2020, 1, 1), null);
        assertThat(open.overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1)))
                .isTrue();
        assertThat(open.overlaps(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31)))
                .isFalse();
    }

    @Test
    void onlyAHumanitarianOrganisationKeepsACivilMilitaryRelationship() {
        var d = details(Arrangement.UN_COUNTRY_TEAM_MEMBER, LocalDate.of(2003, 10, 1), null);
        assertThat(new Partnership(1, d, true).getCmcoordRelationship()).isEqualTo(CmcoordRelationship.COORDINATION);
        assertThat(new Partnership(1, d, false).getCmcoordRelationship()).isNull();
    }

    @Test
    void everyPrincipleIsAssessedAndAnyNotMetIsFlagged() {
        var d = new PartnershipDetails(
                1L,
                Arrangement.HYBRID_OPERATION,
                LocalDate.of(2007, 7, 31),
                null,
                Set.of(),
                List.of(),
                null,
                null,
                Map.of(Principle.STRATEGY_RESOURCES, new PrincipleAssessment(Assessment.NOT_MET, "gap")),
                null);
        assertThat(d.principles()).hasSize(5);
        assertThat(d.principles().get(Principle.CONSULTATION).assessment()).isEqualTo(Assessment.NOT_ASSESSED);
        var p = new Partnership(1, d, false);
        assertThat(p.hasPrincipleNotMet()).isTrue();
        assertThat(p.getPrinciples().keySet()).containsExactly(Principle.values());
    }

    @Test
    void theCmcoordScaleRunsFromCoexistenceToCooperation() {
        assertThat(CmcoordRelationship.values())
                .containsExactly(
                        CmcoordRelationship.COEXISTENCE,
                        CmcoordRelationship.COORDINATION,
                        CmcoordRelationship.COOPERATION);
    }

    @Test
    void everyArrangementHasABandOnTheMap() {
        assertThat(Arrangement.UN_COUNTRY_TEAM_MEMBER.mapGroup()).isEqualTo(Arrangement.MapGroup.INTEGRATED_FRAME);
        assertThat(Arrangement.ALONGSIDE_NOT_UNDER_UN.mapGroup()).isEqualTo(Arrangement.MapGroup.ALONGSIDE);
        assertThat(Arrangement.AUTHORISED_COALITION_HANDS_OVER.mapGroup()).isEqualTo(Arrangement.MapGroup.HAND_OVERS);
        for (Arrangement a : Arrangement.values()) {
            assertThat(a.mapGroup()).isNotNull();
        }
    }

    @Test
    void periodsMayNotOverlapAndEachNeedsAnArrangementAndAStart() {
        var alongside = new ArrangementPeriod(
                Arrangement.ALONGSIDE_NOT_UNDER_UN, LocalDate.of(2008, 1, 28), LocalDate.of(2009, 3, 14));
        var handOver = new ArrangementPeriod(Arrangement.REGIONAL_HANDS_OVER_TO_UN, LocalDate.of(2009, 3, 15), null);
        assertThat(ArrangementPeriods.checked(List.of(handOver, alongside))).containsExactly(alongside, handOver);
        var overlapping =
                new ArrangementPeriod(Arrangement.OTHER, LocalDate.of(2009, 3, 14), LocalDate.of(2009, 3, 20));
        assertThatThrownBy(() -> ArrangementPeriods.checked(List.of(alongside, handOver, overlapping)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("periods[2].from");
                    assertThat(e.messageKey()).isEqualTo("partners.period.overlap");
                });
        // an open-ended period overlaps every later one
        var later = new ArrangementPeriod(Arrangement.DONOR, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31));
        assertThatThrownBy(() -> ArrangementPeriods.checked(List.of(handOver, later)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("periods[1].from"));
        assertThatThrownBy(() -> ArrangementPeriods.checked(
                        List.of(new ArrangementPeriod(null, LocalDate.of(2010, 1, 1), null))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("periods[0].arrangement"));
        assertThatThrownBy(() -> ArrangementPeriods.checked(List.of(
                        new ArrangementPeriod(Arrangement.DONOR, LocalDate.of(2010, 2, 1), LocalDate.of(2010, 1, 1)))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("periods[0].to"));
    }

    @Test
    void detailsWithPeriodsTakeTheLatestArrangementAndTheWholeSpan() {
        var details = new PartnershipDetails(
                1L,
                null,
                null,
                null,
                Set.of(),
                List.of(),
                null,
                null,
                Map.of(),
                null,
                List.of(
                        new ArrangementPeriod(
                                Arrangement.REGIONAL_HANDS_OVER_TO_UN,
                                LocalDate.of(2009, 3, 15),
                                LocalDate.of(2009, 6, 30)),
                        new ArrangementPeriod(
                                Arrangement.ALONGSIDE_NOT_UNDER_UN,
                                LocalDate.of(2008, 1, 28),
                                LocalDate.of(2009, 3, 14))));
        assertThat(details.arrangement()).isEqualTo(Arrangement.REGIONAL_HANDS_OVER_TO_UN);
        assertThat(details.startDate()).isEqualTo(LocalDate.of(2008, 1, 28));
        assertThat(details.endDate()).isEqualTo(LocalDate.of(2009, 6, 30));
        var single = new PartnershipDetails(
                1L, Arrangement.DONOR, LocalDate.of(2010, 1, 1), null, Set.of(), List.of(), null, null, Map.of(), null);
        assertThat(single.allPeriods())
                .containsExactly(new ArrangementPeriod(Arrangement.DONOR, LocalDate.of(2010, 1, 1), null));
    }

    @Test
    void theMapEscapesTextAndOutlinesPartnersWithAPrincipleNotMet() {
        var views = new ArrayList<PartnershipView>();
        for (int i = 0; i < 30; i++) {
            var notMet = i % 7 == 0;
            views.add(new PartnershipView(
                    i,
                    1,
                    100 + i,
                    "ORG<" + i + ">",
                    "Org & co " + i,
                    OrganisationKind.OTHER,
                    false,
                    Arrangement.values()[i % Arrangement.values().length],
                    LocalDate.of(2000 + i % 20, 1, 1),
                    null,
                    Set.of(),
                    List.of(),
                    null,
                    null,
                    List.of(new PartnershipView.PrincipleView(
                            Principle.CONSULTATION, notMet ? Assessment.NOT_MET : Assessment.MET, null)),
                    null,
                    List.of(),
                    0));
        }
        String svg = SvgTemplates.download(
                "partners/map-svg",
                "partnerMap",
                Map.of("map", PartnerMap.of("MX<1>", "Mission \"quoted\"", views, key -> key)));
        assertThat(svg)
                .doesNotContain("<script", "style=", "ORG<", "MX<1>")
                .contains("MX&lt;1&gt;", "ORG&lt;29&gt;", "Mission &quot;quoted&quot;");
        assertThat(svg.split("data-partnership=\"", -1)).hasSize(31);
        assertThat(svg.split("data-not-met=\"true\"", -1)).hasSize(1 + 5);
        assertThat(svg).contains("stroke=\"#c0392b\" stroke-width=\"3\"", "data-legend");
        assertThat(svg).contains("data-group=\"INTEGRATED_FRAME\"", "data-group=\"DONORS\"");
    }
}
