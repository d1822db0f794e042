package org.missionplanner.demo;

import static org.missionplanner.partner.Arrangement.*;
import static org.missionplanner.partner.Assessment.MET;
import static org.missionplanner.partner.Assessment.NOT_ASSESSED;
import static org.missionplanner.partner.Assessment.NOT_MET;
import static org.missionplanner.partner.Assessment.PARTLY_MET;
import static org.missionplanner.partner.OrganisationKind.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.mission.AuthorisedStrength;
import org.missionplanner.mission.MissionFacts;
import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionRegistration;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.OchaPosition;
import org.missionplanner.partner.Arrangement;
import org.missionplanner.partner.ArrangementPeriod;
import org.missionplanner.partner.Assessment;
import org.missionplanner.partner.CmcoordRelationship;
import org.missionplanner.partner.FocalPoint;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.PartnershipDetails;
import org.missionplanner.partner.PartnershipSeeding;
import org.missionplanner.partner.Principle;
import org.missionplanner.partner.PrincipleAssessment;
import org.missionplanner.partner.Sector;
import org.missionplanner.shared.MissionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The partnerships of DOMAIN.md's real cases: UNMIK with KFOR alongside and the EU and OSCE pillars;
 * UNAMSIL after ECOMOG; UNTAET after INTERFET; UNAMIR with Operation Turquoise alongside; UNAMID
 * with the AU; UNAMA with ISAF alongside; MINURCAT with EUFOR Chad/CAR; MONUC with the World Bank and donors of the Country
 * Assistance Framework; UNMIL with members of the Country Team. Dates are the real ones; the
 * principle assessments are illustrative. Organisations missing from the registry are added
 * (source DOMAIN_BRIEF); a partnership already there is left alone.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoPartnerships implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPartnerships.class);
    private static final String ILLUSTRATIVE =
            "Illustrative assessment for the demonstration, not an official evaluation.";

    private final MissionDirectory missions;
    private final MissionRegistration registration;
    private final PartnershipSeeding seeding;

    DemoPartnerships(MissionDirectory missions, MissionRegistration registration, PartnershipSeeding seeding) {
        this.missions = missions;
        this.registration = registration;
        this.seeding = seeding;
    }

    @Override
    public void run(ApplicationArguments args) {
        registration.registerOrComplete(new MissionFacts(
                "UNAMIR",
                "United Nations Assistance Mission for Rwanda",
                MissionType.MULTIDIMENSIONAL_PKO,
                Set.of("RW"),
                "Kigali",
                MissionPhase.CLOSED,
                LocalDate.of(1993, 10, 5),
                LocalDate.of(1996, 3, 8),
                OchaPosition.NOT_APPLICABLE,
                AuthorisedStrength.none(),
                "Arusha Peace Agreement; genocide of 1994; Operation Turquoise alongside."));
        Map<String, Long> ids = missions.allMissions().stream()
                .collect(Collectors.toMap(
                        MissionDirectory.MissionRef::acronym, MissionDirectory.MissionRef::id, (a, b) -> a));
        int added = 0;
        for (Seed seed : seeds()) {
            Long missionId = ids.get(seed.mission());
            if (missionId == null) {
                continue;
            }
            long organisationId =
                    seeding.organisationIfAbsent(seed.acronyms(), seed.fullName(), seed.kind(), seed.humanitarian());
            var details = new PartnershipDetails(
                    organisationId,
                    seed.arrangement(),
                    seed.from(),
                    seed.to(),
                    seed.sectors(),
                    seed.focalPoints(),
                    seed.agreement(),
                    ILLUSTRATIVE + " " + seed.notes(),
                    seed.principles(),
                    seed.cmcoord(),
                    PERIODS.getOrDefault(seed.mission() + " " + seed.acronyms().get(0), List.of()));
            if (seeding.addIfAbsent(missionId, details)) {
                added++;
            }
        }
        log.info("Demo mode: {} illustrative partnership(s) recorded", added);
    }

    /**
     * Partnerships whose arrangement changed: EUFOR Chad/CAR deployed alongside MINURCAT from
     * January 2008 and handed over to its military component on 15 March 2009, some contingents
     * staying on re-hatted (S/RES/1778 (2007), S/RES/1861 (2009)).
     */
    static final Map<String, List<ArrangementPeriod>> PERIODS = Map.of(
            "MINURCAT EUFOR Tchad/RCA",
            List.of(
                    new ArrangementPeriod(ALONGSIDE_NOT_UNDER_UN, d(2008, 1, 28), d(2009, 3, 14)),
                    new ArrangementPeriod(REGIONAL_HANDS_OVER_TO_UN, d(2009, 3, 15), d(2009, 6, 30))));

    record Seed(
            String mission,
            List<String> acronyms,
            String fullName,
            OrganisationKind kind,
            boolean humanitarian,
            Arrangement arrangement,
            LocalDate from,
            LocalDate to,
            Set<Sector> sectors,
            List<FocalPoint> focalPoints,
            String agreement,
            String notes,
            Map<Principle, PrincipleAssessment> principles,
            CmcoordRelationship cmcoord) {}

    static List<Seed> seeds() {
        return List.of(
                new Seed(
                        "UNMIK",
                        List.of("KFOR"),
                        "Kosovo Force (NATO-led)",
                        COALITION_OR_STATE,
                        false,
                        ALONGSIDE_NOT_UNDER_UN,
                        d(1999, 6, 12),
                        null,
                        Set.of(Sector.SECURITY),
                        List.of(new FocalPoint("KFOR liaison officer", "Liaison to the SRSG", null)),
                        "S/RES/1244 (1999)",
                        "Security presence deployed alongside, not under, the UN.",
                        principles(
                                MET,
                                PARTLY_MET,
                                MET,
                                MET,
                                PARTLY_MET,
                                Principle.CONSULTATION,
                                "Coordination at principals' level; joint security committee."),
                        null),
                new Seed(
                        "UNMIK",
                        List.of("EU"),
                        "European Union",
                        REGIONAL_ORGANISATION,
                        false,
                        REGIONAL_PILLAR_INSIDE_UN,
                        d(1999, 7, 1),
                        d(2008, 6, 15),
                        Set.of(Sector.DEVELOPMENT),
                        List.of(),
                        "S/RES/1244 (1999)",
                        "Pillar IV: reconstruction and economic development, under the SRSG.",
                        principles(
                                MET,
                                MET,
                                MET,
                                PARTLY_MET,
                                MET,
                                Principle.DIVISION_OF_LABOUR,
                                "Pillar head is a DSRSG."),
                        null),
                new Seed(
                        "UNMIK",
                        List.of("OSCE"),
                        "Organization for Security and Co-operation in Europe",
                        REGIONAL_ORGANISATION,
                        false,
                        REGIONAL_PILLAR_INSIDE_UN,
                        d(1999, 7, 1),
                        d(2008, 6, 15),
                        Set.of(Sector.POLITICAL, Sector.HUMAN_RIGHTS, Sector.RULE_OF_LAW),
                        List.of(),
                        "S/RES/1244 (1999)",
                        "Pillar III: institution-building, elections, human rights.",
                        principles(
                                MET,
                                MET,
                                MET,
                                PARTLY_MET,
                                MET,
                                Principle.DIVISION_OF_LABOUR,
                                "Pillar head is a DSRSG."),
                        null),
                new Seed(
                        "UNAMSIL",
                        List.of("ECOMOG"),
                        "ECOWAS Ceasefire Monitoring Group",
                        REGIONAL_ORGANISATION,
                        false,
                        REGIONAL_HANDS_OVER_TO_UN,
                        d(1999, 10, 22),
                        d(2000, 5, 2),
                        Set.of(Sector.SECURITY),
                        List.of(),
                        "S/RES/1270 (1999)",
                        "ECOMOG handed over to UNAMSIL; contingents re-hatted.",
                        principles(
                                PARTLY_MET,
                                NOT_MET,
                                PARTLY_MET,
                                NOT_MET,
                                PARTLY_MET,
                                Principle.STRATEGY_RESOURCES,
                                "Withdrawal of ECOMOG contingents left gaps before UNAMSIL reached strength."),
                        null),
                new Seed(
                        "UNTAET",
                        List.of("INTERFET"),
                        "International Force East Timor",
                        COALITION_OR_STATE,
                        false,
                        AUTHORISED_COALITION_HANDS_OVER,
                        d(1999, 10, 25),
                        d(2000, 2, 28),
                        Set.of(Sector.SECURITY),
                        List.of(),
                        "S/RES/1264 (1999)",
                        "Council-authorised coalition handed over to UNTAET.",
                        principles(
                                MET,
                                MET,
                                MET,
                                PARTLY_MET,
                                MET,
                                Principle.DIVISION_OF_LABOUR,
                                "Orderly hand-over of military command."),
                        null),
                new Seed(
                        "UNAMIR",
                        List.of("Operation Turquoise", "Turquoise"),
                        "Opération Turquoise (France-led)",
                        COALITION_OR_STATE,
                        false,
                        ALONGSIDE_NOT_UNDER_UN,
                        d(1994, 6, 22),
                        d(1994, 8, 21),
                        Set.of(Sector.SECURITY, Sector.HUMANITARIAN),
                        List.of(),
                        "S/RES/929 (1994)",
                        "Deployed alongside, not under, UNAMIR; humanitarian protection zone in the south-west.",
                        principles(
                                PARTLY_MET,
                                NOT_MET,
                                PARTLY_MET,
                                NOT_ASSESSED,
                                PARTLY_MET,
                                Principle.COHERENT_IMPLEMENTATION,
                                "Coherent implementation only partly met: separate command and agenda."),
                        null),
                new Seed(
                        "UNAMID",
                        List.of("AU"),
                        "African Union",
                        REGIONAL_ORGANISATION,
                        false,
                        HYBRID_OPERATION,
                        d(2007, 7, 31),
                        d(2020, 12, 31),
                        Set.of(Sector.POLITICAL, Sector.SECURITY),
                        List.of(),
                        "S/RES/1769 (2007)",
                        "AU-UN hybrid operation with a joint special representative.",
                        principles(
                                PARTLY_MET,
                                PARTLY_MET,
                                PARTLY_MET,
                                NOT_MET,
                                PARTLY_MET,
                                Principle.STRATEGY_RESOURCES,
                                "Force generation and resources lagged behind the mandate."),
                        null),
                // DOMAIN.md, real cases: UNAMA, with NATO operating largely independently; ISAF was
                // authorised by S/RES/1386 (2001) and led by NATO from August 2003 until the end of 2014
                new Seed(
                        "UNAMA",
                        List.of("ISAF"),
                        "International Security Assistance Force (NATO-led from 2003)",
                        COALITION_OR_STATE,
                        false,
                        ALONGSIDE_NOT_UNDER_UN,
                        d(2002, 3, 28),
                        d(2014, 12, 31),
                        Set.of(Sector.SECURITY),
                        List.of(new FocalPoint("ISAF liaison officer", "Liaison to the SRSG", null)),
                        "S/RES/1386 (2001)",
                        "Security force deployed alongside, not under, the UN; NATO operates largely independently.",
                        principles(
                                PARTLY_MET,
                                NOT_ASSESSED,
                                PARTLY_MET,
                                NOT_ASSESSED,
                                NOT_MET,
                                Principle.COHERENT_IMPLEMENTATION,
                                "Separate command and strategy; provincial reconstruction teams blurred civil and military roles."),
                        null),
                new Seed(
                        "MINURCAT",
                        List.of("EUFOR Tchad/RCA", "EUFOR Chad/CAR"),
                        "EUFOR Chad/CAR (European Union)",
                        REGIONAL_ORGANISATION,
                        false,
                        ALONGSIDE_NOT_UNDER_UN,
                        d(2008, 1, 28),
                        d(2009, 3, 15),
                        Set.of(Sector.SECURITY, Sector.HUMANITARIAN),
                        List.of(),
                        "S/RES/1778 (2007)",
                        "EU bridging force alongside MINURCAT, handing over to its military component on 15 March 2009.",
                        principles(
                                MET,
                                NOT_MET,
                                MET,
                                PARTLY_MET,
                                MET,
                                Principle.MATERIAL_SUPPORT,
                                "No prior agreement on the EUFOR assets MINURCAT would take over."),
                        null),
                new Seed(
                        "MONUC",
                        List.of("World Bank", "WB", "IBRD"),
                        "World Bank",
                        INTERNATIONAL_FINANCIAL_INSTITUTION,
                        false,
                        DONOR,
                        d(2006, 11, 1),
                        null,
                        Set.of(Sector.DEVELOPMENT),
                        List.of(),
                        "Country Assistance Framework (2006)",
                        "Co-leads the Country Assistance Framework with the UN.",
                        principles(
                                MET,
                                MET,
                                PARTLY_MET,
                                PARTLY_MET,
                                MET,
                                Principle.CONSULTATION,
                                "Shared strategic framework."),
                        null),
                new Seed(
                        "MONUC",
                        List.of("DFID"),
                        "Department for International Development (United Kingdom)",
                        BILATERAL_DEVELOPMENT_AGENCY,
                        false,
                        DONOR,
                        d(2006, 11, 1),
                        null,
                        Set.of(Sector.DEVELOPMENT, Sector.SECURITY),
                        List.of(),
                        "Country Assistance Framework (2006)",
                        "Donor in the Country Assistance Framework.",
                        principles(
                                MET,
                                PARTLY_MET,
                                PARTLY_MET,
                                NOT_ASSESSED,
                                MET,
                                Principle.MATERIAL_SUPPORT,
                                "Pooled funding partly aligned."),
                        null),
                new Seed(
                        "UNMIL",
                        List.of("UNDP"),
                        "United Nations Development Programme",
                        UN_AGENCY_FUND_PROGRAMME,
                        false,
                        UN_COUNTRY_TEAM_MEMBER,
                        d(2003, 10, 1),
                        null,
                        Set.of(Sector.DEVELOPMENT, Sector.RULE_OF_LAW),
                        List.of(new FocalPoint("UNDP Country Director", "DDR trust fund", null)),
                        null,
                        "DDR and rule of law programmes in the Country Team.",
                        principles(
                                MET, MET, MET, PARTLY_MET, MET, Principle.DIVISION_OF_LABOUR, "Joint DDR programme."),
                        null),
                new Seed(
                        "UNMIL",
                        List.of("UNICEF"),
                        "United Nations Children's Fund",
                        UN_AGENCY_FUND_PROGRAMME,
                        true,
                        UN_COUNTRY_TEAM_MEMBER,
                        d(2003, 10, 1),
                        null,
                        Set.of(Sector.HUMANITARIAN, Sector.HUMAN_RIGHTS),
                        List.of(),
                        null,
                        "Child soldiers' reintegration within the DDR programme.",
                        principles(
                                MET,
                                MET,
                                MET,
                                PARTLY_MET,
                                MET,
                                Principle.DIVISION_OF_LABOUR,
                                "Child protection in DDR."),
                        CmcoordRelationship.COORDINATION),
                new Seed(
                        "UNMIL",
                        List.of("WFP"),
                        "World Food Programme",
                        UN_AGENCY_FUND_PROGRAMME,
                        true,
                        UN_COUNTRY_TEAM_MEMBER,
                        d(2003, 10, 1),
                        null,
                        Set.of(Sector.HUMANITARIAN),
                        List.of(),
                        null,
                        "Food for DDR cantonment sites; UNMIL logistics as a last resort.",
                        principles(
                                MET,
                                PARTLY_MET,
                                MET,
                                MET,
                                MET,
                                Principle.MATERIAL_SUPPORT,
                                "Asset use under the MCDA guidelines."),
                        CmcoordRelationship.COOPERATION),
                new Seed(
                        "UNMIL",
                        List.of("UNHCR"),
                        "Office of the United Nations High Commissioner for Refugees",
                        UN_AGENCY_FUND_PROGRAMME,
                        true,
                        UN_COUNTRY_TEAM_MEMBER,
                        d(2003, 10, 1),
                        null,
                        Set.of(Sector.HUMANITARIAN),
                        List.of(),
                        null,
                        "Return of refugees and internally displaced persons.",
                        principles(
                                MET,
                                MET,
                                MET,
                                PARTLY_MET,
                                NOT_MET,
                                Principle.COHERENT_IMPLEMENTATION,
                                "Armed escorts for returns questioned for humanitarian space."),
                        CmcoordRelationship.COEXISTENCE));
    }

    /** The five assessments, with the note on the principle it explains. */
    private static Map<Principle, PrincipleAssessment> principles(
            Assessment consultation,
            Assessment support,
            Assessment labour,
            Assessment resources,
            Assessment coherence,
            Principle noteOn,
            String note) {
        Map<Principle, PrincipleAssessment> map = new EnumMap<>(Principle.class);
        map.put(Principle.CONSULTATION, new PrincipleAssessment(consultation, null));
        map.put(Principle.MATERIAL_SUPPORT, new PrincipleAssessment(support, null));
        map.put(Principle.DIVISION_OF_LABOUR, new PrincipleAssessment(labour, null));
        map.put(Principle.STRATEGY_RESOURCES, new PrincipleAssessment(resources, null));
        map.put(Principle.COHERENT_IMPLEMENTATION, new PrincipleAssessment(coherence, null));
        map.put(noteOn, new PrincipleAssessment(map.get(noteOn).assessment(), note + " (illustrative)"));
        return map;
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
