package org.missionplanner.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.cmcoord.CmcoordAssessment;
import org.missionplanner.cmcoord.CmcoordDecision;
import org.missionplanner.cmcoord.CmcoordPrinciple;
import org.missionplanner.cmcoord.CmcoordSeeding;
import org.missionplanner.cmcoord.DecisionDetails;
import org.missionplanner.cmcoord.PrincipleAssessment;
import org.missionplanner.cmcoord.RequestDetails;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.PartnershipSeeding;
import org.missionplanner.shared.MissionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Illustrative CMCoord requests for UNMIL: WFP asks for a mission helicopter to reach
 * communities cut off by floods, approved with conditions although its crew and livery are
 * military (civilian control not met, justified); UNICEF asks for engineer trucks, still pending.
 * Only a mission without requests is seeded; dates are relative to the day the application starts.
 */
@Component
@Order(55)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoCmcoord implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCmcoord.class);

    private final MissionDirectory missions;
    private final PartnershipSeeding organisations;
    private final CmcoordSeeding seeding;
    private final Clock clock;

    DemoCmcoord(MissionDirectory missions, PartnershipSeeding organisations, CmcoordSeeding seeding, Clock clock) {
        this.missions = missions;
        this.organisations = organisations;
        this.seeding = seeding;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (var mission : missions.allMissions()) {
            if ("UNMIL".equals(mission.acronym()) && !seeding.hasRequests(mission.id())) {
                seed(mission.id());
                log.info("Demo CMCoord requests added to {}", mission.acronym());
            }
        }
    }

    private void seed(long missionId) {
        long wfp = organisations.organisationIfAbsent(
                List.of("WFP"), "World Food Programme", OrganisationKind.UN_AGENCY_FUND_PROGRAMME, true);
        long unicef = organisations.organisationIfAbsent(
                List.of("UNICEF"), "United Nations Children's Fund", OrganisationKind.UN_AGENCY_FUND_PROGRAMME, true);
        LocalDate today = LocalDate.now(clock);
        seeding.add(
                missionId,
                new RequestDetails(
                        wfp,
                        "Mi-8 utility helicopter with crew, 12 rotations",
                        "Grand Gedeh and River Gee counties (Zwedru, Fish Town)",
                        today.minusDays(20),
                        today.minusDays(6),
                        "Floods along the Cavalla river cut the only roads to about 9,000 people; food stocks in "
                                + "the two counties last less than a week.",
                        "UNHAS helicopter under maintenance until next month; commercial charters from Monrovia "
                                + "and Abidjan unavailable within ten days; river crossing by boat unsafe at this level.",
                        List.of(
                                met(
                                        CmcoordPrinciple.HUMANITARIAN_DECISION,
                                        "Requested by WFP on the cluster's assessment"),
                                met(CmcoordPrinciple.LAST_RESORT, "No civilian aircraft within ten days"),
                                new PrincipleAssessment(
                                        CmcoordPrinciple.CIVILIAN_CONTROL,
                                        CmcoordAssessment.NOT_MET,
                                        "Military crew and livery; the aircraft cannot be repainted"),
                                met(
                                        CmcoordPrinciple.CODE_OF_CONDUCT,
                                        "Contributing country briefed on the code of conduct"),
                                met(CmcoordPrinciple.NO_DIRECT_DELIVERY, "WFP staff distribute; the crew only fly"),
                                met(CmcoordPrinciple.INTERNATIONAL_CHARACTER, "Tasked through the JLOC and OCHA"))),
                new DecisionDetails(
                        CmcoordDecision.APPROVED_WITH_CONDITIONS,
                        "WFP staff on every flight direct loading and distribution; no armed escort on board; "
                                + "UN markings only; flights stop as soon as the Zwedru road reopens.",
                        null,
                        "Lives are at stake within the week and no civilian aircraft can arrive in time; the "
                                + "humanitarian country team accepted the military appearance for this period only.",
                        today.minusDays(6)),
                "planner");
        seeding.add(
                missionId,
                new RequestDetails(
                        unicef,
                        "Two engineer trucks with drivers",
                        "Harper to Pleebo, Maryland county",
                        today.plusDays(3),
                        today.plusDays(17),
                        "Hygiene kits and water treatment supplies for a cholera outbreak in flooded camps.",
                        "Commercial transporters contacted; their trucks cannot pass the damaged bridge before repair.",
                        List.of(
                                met(CmcoordPrinciple.HUMANITARIAN_DECISION, "Requested by the WASH cluster"),
                                new PrincipleAssessment(
                                        CmcoordPrinciple.LAST_RESORT,
                                        CmcoordAssessment.NOT_ASSESSED,
                                        "Waiting for the bridge assessment"))),
                null,
                null);
    }

    private static PrincipleAssessment met(CmcoordPrinciple principle, String reason) {
        return new PrincipleAssessment(principle, CmcoordAssessment.MET, reason);
    }
}
