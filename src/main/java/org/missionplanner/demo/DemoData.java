package org.missionplanner.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserProvisioning;
import org.missionplanner.mission.AuthorisedStrength;
import org.missionplanner.mission.MissionFacts;
import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionRegistration;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.OchaPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the real cases of the domain brief and the demo accounts admin, reviewer, planner and
 * viewer. Runs at every start in demo mode and adds only what is missing.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final String ILLUSTRATIVE = "Illustrative demo data, simplified from the real case. ";

    /** The real cases of the domain brief; figures are plausible, not official. */
    static final List<MissionFacts> MISSIONS = List.of(
            facts(
                    "UNMIK",
                    "United Nations Interim Administration Mission in Kosovo",
                    MissionType.TRANSITIONAL_ADMINISTRATION,
                    Set.of("XK"),
                    "Pristina",
                    "1999-06-10",
                    null,
                    OchaPosition.NOT_APPLICABLE,
                    new AuthorisedStrength(null, 38, 4718, null, 1300, 3000, 250),
                    // DOMAIN.md, real cases: pillars under the SRSG, the EU and OSCE pillars, KFOR alongside
                    "The pillar years, 1999 to 2008: interim administration with four pillars under the SRSG, "
                            + "humanitarian assistance (UNHCR, until 2000) and then police and justice (UN), civil "
                            + "administration (UN), institution building (OSCE), reconstruction and economic "
                            + "development (EU). NATO's KFOR deploys alongside."),
            facts(
                    "MONUC",
                    "United Nations Organization Mission in the Democratic Republic of the Congo",
                    MissionType.MULTIDIMENSIONAL_PKO,
                    Set.of("CD"),
                    "Kinshasa",
                    "1999-11-30",
                    null,
                    OchaPosition.ONE_FOOT_IN_ONE_FOOT_OUT,
                    new AuthorisedStrength(19815, 760, 391, 1050, 1000, 2700, 600),
                    "Country Assistance Framework joining government, donors, UN agencies, the World Bank and MONUC."),
            facts(
                    "UNMIL",
                    "United Nations Mission in Liberia",
                    MissionType.MULTIDIMENSIONAL_PKO,
                    Set.of("LR"),
                    "Monrovia",
                    "2003-09-19",
                    null,
                    OchaPosition.BOTH_FEET_IN,
                    new AuthorisedStrength(14750, 250, 635, 480, 500, 1000, 250),
                    "Consolidation phase; humanitarian coordination inside the mission. DDR with many UN and non-UN agencies."),
            facts(
                    "UNMIS",
                    "United Nations Mission in the Sudan",
                    MissionType.MULTIDIMENSIONAL_PKO,
                    Set.of("SD"),
                    "Khartoum",
                    "2005-03-24",
                    null,
                    OchaPosition.ONE_FOOT_IN_ONE_FOOT_OUT,
                    new AuthorisedStrength(9250, 750, 715, null, 1000, 2600, 250),
                    "Supports the Comprehensive Peace Agreement; shares the country with UNAMID."),
            facts(
                    "UNAMID",
                    "African Union-United Nations Hybrid Operation in Darfur",
                    MissionType.HYBRID_OPERATION,
                    Set.of("SD"),
                    "El Fasher",
                    "2007-07-31",
                    null,
                    OchaPosition.NOT_APPLICABLE,
                    new AuthorisedStrength(19555, 240, 3772, 2660, 1500, 3500, 500),
                    "Hybrid operation run jointly by the African Union and the United Nations."),
            facts(
                    "UNAMA",
                    "United Nations Assistance Mission in Afghanistan",
                    MissionType.SPECIAL_POLITICAL_MISSION,
                    Set.of("AF"),
                    "Kabul",
                    "2002-03-28",
                    null,
                    OchaPosition.ONE_FOOT_IN_ONE_FOOT_OUT,
                    new AuthorisedStrength(null, 18, 6, null, 400, 1300, 60),
                    "Special political mission; NATO operates largely independently."),
            closed(facts(
                    "UNAMSIL",
                    "United Nations Mission in Sierra Leone",
                    MissionType.MULTIDIMENSIONAL_PKO,
                    Set.of("SL"),
                    "Freetown",
                    "1999-10-22",
                    "2005-12-31",
                    OchaPosition.NOT_APPLICABLE,
                    new AuthorisedStrength(17240, 260, 170, null, 320, 550, 150),
                    "Took over from ECOMOG; succeeded by UNIOSIL and later UNIPSIL.")),
            facts(
                    "UNIPSIL",
                    "United Nations Integrated Peacebuilding Office in Sierra Leone",
                    MissionType.PEACEBUILDING_OFFICE,
                    Set.of("SL"),
                    "Freetown",
                    "2008-10-01",
                    null,
                    OchaPosition.BOTH_FEET_IN,
                    new AuthorisedStrength(null, null, null, null, 70, 80, 10),
                    "Peacebuilding office; OCHA had left, humanitarian coordination inside the office."),
            closed(facts(
                    "UNTAET",
                    "United Nations Transitional Administration in East Timor",
                    MissionType.TRANSITIONAL_ADMINISTRATION,
                    Set.of("TL"),
                    "Dili",
                    "1999-10-25",
                    "2002-05-20",
                    OchaPosition.NOT_APPLICABLE,
                    new AuthorisedStrength(8950, 200, 1640, null, 740, 1650, 450),
                    "Took over from the Council-authorised INTERFET coalition.")),
            facts(
                    "MINURCAT",
                    "United Nations Mission in the Central African Republic and Chad",
                    MissionType.MULTIDIMENSIONAL_PKO,
                    Set.of("TD", "CF"),
                    "N'Djamena",
                    "2007-09-25",
                    null,
                    OchaPosition.BOTH_FEET_OUT,
                    new AuthorisedStrength(5200, 25, 300, null, 300, 550, 150),
                    "One mission across two countries, alongside EUFOR Chad/CAR; no structural integration."));

    private static MissionFacts facts(
            String acronym,
            String name,
            MissionType type,
            Set<String> hosts,
            String hq,
            String start,
            String end,
            OchaPosition ocha,
            AuthorisedStrength strength,
            String context) {
        return new MissionFacts(
                acronym,
                name,
                type,
                hosts,
                hq,
                MissionPhase.MANDATE_IMPLEMENTATION,
                LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                ocha,
                strength,
                ILLUSTRATIVE + context);
    }

    private static MissionFacts closed(MissionFacts f) {
        return new MissionFacts(
                f.acronym(),
                f.fullName(),
                f.type(),
                f.hostCountries(),
                f.hqLocation(),
                MissionPhase.CLOSED,
                f.startDate(),
                f.endDate(),
                f.ochaPosition(),
                f.strength(),
                f.context());
    }

    private final MissionRegistration missions;
    private final UserProvisioning users;
    private final String password;

    DemoData(MissionRegistration missions, UserProvisioning users, @Value("${app.demo.password}") String password) {
        this.missions = missions;
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> ids = new LinkedHashMap<>();
        MISSIONS.forEach(facts -> ids.put(facts.acronym(), missions.registerOrComplete(facts)));

        users.ensureDemoUser("admin", "Demo Administrator", GlobalRole.ADMINISTRATOR, password);
        users.ensureDemoUser("reviewer", "Demo HQ Reviewer", GlobalRole.HQ_REVIEWER, password);
        long planner = users.ensureDemoUser("planner", "Demo Mission Planner", GlobalRole.USER, password);
        long viewer = users.ensureDemoUser("viewer", "Demo Viewer", GlobalRole.USER, password);

        users.ensureMembership(planner, ids.get("UNMIL"), MembershipRole.PLANNER);
        users.ensureMembership(planner, ids.get("UNMIK"), MembershipRole.PLANNER);
        users.ensureMembership(planner, ids.get("MONUC"), MembershipRole.VIEWER);
        users.ensureMembership(viewer, ids.get("UNMIL"), MembershipRole.VIEWER);
        // Only UNMIL has CMCoord requests in the demo data (DemoCmcoord): the demo planner acts as its
        // humanitarian coordination role, which decides them (OCHA's Civil-Military Coordination
        // guidelines leave such decisions to the humanitarian side); nobody else holds it.
        users.ensureHumanitarianCoordination(planner, ids.get("UNMIL"));
        log.info("Demo mode: demo missions and accounts are in place");
    }
}
