package org.missionplanner.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.missionplanner.actor.Party;
import org.missionplanner.coordination.ActionDetails;
import org.missionplanner.coordination.BodyDetails;
import org.missionplanner.coordination.BodyKind;
import org.missionplanner.coordination.CoordinationSeeding;
import org.missionplanner.coordination.MeetingDetails;
import org.missionplanner.coordination.MeetingFrequency;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.PartnershipSeeding;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.structure.UnitDirectory;
import org.missionplanner.structure.UnitType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Illustrative coordination bodies for UNMIL and MONUC: a senior management group chaired by the
 * SRSG's unit, a UN Country Team chaired by the DSRSG RC/HC, and a donor group chaired by UNDP,
 * with a meeting or two whose action items fall due around today (one is always overdue). Each
 * mission has its own agenda, drawn from its case in the domain brief, so no action item appears
 * twice. Only a mission without bodies is seeded; dates are relative to the day the application
 * starts.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoCoordination implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCoordination.class);

    /** What one mission's bodies discuss and decide. */
    record Agenda(
            String situationReview,
            List<String> smgDecisions,
            String securityAction,
            String supportAction,
            String rcHcAction,
            String followUpDecision,
            String followUpAction,
            String countryTeamTopic,
            String countryTeamDecision,
            String countryTeamAction,
            boolean ochaInCountryTeam) {}

    /**
     * UNMIL: DDRR and the reintegration of ex-combatants, with humanitarian coordination inside the
     * mission (both feet in: DOMAIN.md, integration models), so OCHA is not in its Country Team.
     * MONUC: the eastern provinces and the Country Assistance Framework with OCHA beside the
     * mission in the Country Team (one foot in, one foot out: DOMAIN.md, real cases).
     */
    static final Map<String, Agenda> AGENDAS = Map.of(
            "UNMIL",
            new Agenda(
                    "Security in the border counties ahead of the rainy season; progress of the DDRR programme.",
                    List.of(
                            "Keep the current force posture along the Sierra Leone and Guinea borders.",
                            "Prepare a joint reintegration review with the Country Team before the next report."),
                    "Update the security assessment of Lofa and Nimba counties",
                    "Circulate the draft support plan for the rainy season",
                    "Draft the terms of reference of the joint reintegration review",
                    "Endorse the revised rainy-season support plan.",
                    "Brief the Country Team on the reintegration review",
                    "Reintegration opportunities for demobilised ex-combatants.",
                    "Set up a joint working group on reintegration.",
                    "Map the agencies' reintegration programmes by county",
                    false),
            "MONUC",
            new Agenda(
                    "Armed groups in Ituri and the Kivus; support to the integration of the army (brassage).",
                    List.of(
                            "Reinforce the brigades in North Kivu before the dry season.",
                            "Align the mission's support to brassage with the Country Assistance Framework."),
                    "Update the threat assessment for North and South Kivu",
                    "Circulate the logistics plan for the brassage centres",
                    "Draft the protection-of-civilians strategy with OCHA",
                    "Endorse the logistics plan for the brassage centres.",
                    "Present the protection strategy to the humanitarian country team",
                    "Return of displaced people in Ituri.",
                    "Set up a joint working group on returns in Ituri.",
                    "Map the agencies' programmes in the return areas of Ituri",
                    true));

    private final MissionDirectory missions;
    private final UnitDirectory units;
    private final PartnershipSeeding organisations;
    private final CoordinationSeeding seeding;
    private final Clock clock;

    DemoCoordination(
            MissionDirectory missions,
            UnitDirectory units,
            PartnershipSeeding organisations,
            CoordinationSeeding seeding,
            Clock clock) {
        this.missions = missions;
        this.units = units;
        this.organisations = organisations;
        this.seeding = seeding;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Party undp = organisation(
                "UNDP", "United Nations Development Programme", OrganisationKind.UN_AGENCY_FUND_PROGRAMME, false);
        Party unicef = organisation(
                "UNICEF", "United Nations Children's Fund", OrganisationKind.UN_AGENCY_FUND_PROGRAMME, true);
        Party wfp = organisation("WFP", "World Food Programme", OrganisationKind.UN_AGENCY_FUND_PROGRAMME, true);
        Party ocha = organisation(
                "OCHA", "Office for the Coordination of Humanitarian Affairs", OrganisationKind.UN_SECRETARIAT, true);
        for (var mission : missions.allMissions()) {
            Agenda agenda = AGENDAS.get(mission.acronym());
            if (agenda == null || seeding.hasBodies(mission.id())) {
                continue;
            }
            List<Party> agencies =
                    agenda.ochaInCountryTeam() ? List.of(undp, unicef, wfp, ocha) : List.of(undp, unicef, wfp);
            seed(mission.id(), agenda, undp, agencies);
            log.info("Demo coordination bodies added to {}", mission.acronym());
        }
    }

    private void seed(long missionId, Agenda agenda, Party undp, List<Party> agencies) {
        Map<UnitType, Party> byType = new EnumMap<>(UnitType.class);
        for (var unit : units.unitsOf(missionId)) {
            byType.putIfAbsent(
                    unit.type(),
                    unit.placesOrganisation() ? Party.organisation(unit.organisationId()) : Party.unit(unit.id()));
        }
        LocalDate today = LocalDate.now(clock);
        Party head = byType.get(UnitType.HEAD_OF_MISSION);
        Party rcHc = byType.getOrDefault(UnitType.DSRSG_RC_HC, head);
        Party security = byType.getOrDefault(UnitType.SECURITY, byType.getOrDefault(UnitType.JOC, head));
        Party support = byType.getOrDefault(UnitType.MISSION_SUPPORT, head);

        if (head != null) {
            List<Party> leaders = present(
                    byType,
                    UnitType.DEPUTY_POLITICAL,
                    UnitType.DSRSG_RC_HC,
                    UnitType.CHIEF_OF_STAFF,
                    UnitType.MILITARY_COMPONENT,
                    UnitType.POLICE_COMPONENT,
                    UnitType.MISSION_SUPPORT);
            long smg = seeding.addBody(
                    missionId,
                    new BodyDetails(
                            BodyKind.SENIOR_MANAGEMENT_GROUP,
                            "Senior Management Group",
                            head,
                            leaders,
                            MeetingFrequency.WEEKLY,
                            "Takes the mission's strategic decisions and follows up their implementation across components."));
            seeding.addMeeting(
                    smg,
                    new MeetingDetails(
                            today.minusDays(21),
                            leaders,
                            null,
                            agenda.situationReview(),
                            agenda.smgDecisions(),
                            List.of(
                                    new ActionDetails(null, agenda.securityAction(), security, today.minusDays(7)),
                                    new ActionDetails(null, agenda.supportAction(), support, today.minusDays(14)),
                                    new ActionDetails(null, agenda.rcHcAction(), rcHc, today.plusDays(14)))),
                    Set.of(1));
            seeding.addMeeting(
                    smg,
                    new MeetingDetails(
                            today.minusDays(7),
                            leaders,
                            null,
                            "Follow-up of the last meeting.",
                            List.of(agenda.followUpDecision()),
                            List.of(new ActionDetails(null, agenda.followUpAction(), rcHc, today.plusDays(7)))),
                    Set.of());
        }
        Party countryTeamChair = rcHc != null ? rcHc : undp;
        long unct = seeding.addBody(
                missionId,
                new BodyDetails(
                        BodyKind.UN_COUNTRY_TEAM,
                        "UN Country Team",
                        countryTeamChair,
                        agencies,
                        MeetingFrequency.MONTHLY,
                        "Brings the UN agencies, funds and programmes together under the Resident Coordinator."));
        seeding.addMeeting(
                unct,
                new MeetingDetails(
                        today.minusDays(30),
                        agencies,
                        "Representatives of the mission's civil affairs",
                        agenda.countryTeamTopic(),
                        List.of(agenda.countryTeamDecision()),
                        List.of(new ActionDetails(null, agenda.countryTeamAction(), undp, today.minusDays(3)))),
                Set.of());
        List<Party> donors = new ArrayList<>(List.of(undp));
        if (head != null) {
            donors.add(head);
        }
        seeding.addBody(
                missionId,
                new BodyDetails(
                        BodyKind.DONOR_COORDINATION_GROUP,
                        "Donor coordination group",
                        undp,
                        donors,
                        MeetingFrequency.QUARTERLY,
                        "Aligns donor funding with the peacebuilding priorities."));
    }

    private static List<Party> present(Map<UnitType, Party> byType, UnitType... types) {
        List<Party> found = new ArrayList<>();
        for (UnitType type : types) {
            if (byType.containsKey(type)) {
                found.add(byType.get(type));
            }
        }
        return found.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The organisation with this acronym, created from the domain brief when the registry lacks it. */
    private Party organisation(String acronym, String fullName, OrganisationKind kind, boolean humanitarian) {
        return Party.organisation(organisations.organisationIfAbsent(List.of(acronym), fullName, kind, humanitarian));
    }
}
