package org.missionplanner.demo;

import static org.missionplanner.structure.PostCategory.INTERNATIONAL_CIVILIAN;
import static org.missionplanner.structure.PostCategory.MILITARY;
import static org.missionplanner.structure.PostCategory.NATIONAL_STAFF;
import static org.missionplanner.structure.PostCategory.POLICE;
import static org.missionplanner.structure.PostCategory.UN_VOLUNTEER;
import static org.missionplanner.structure.UnitType.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.structure.ExternalEntity;
import org.missionplanner.structure.StructureBlueprint;
import org.missionplanner.structure.StructureSeeding;
import org.missionplanner.structure.UnitCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Illustrative structures of the real cases of the domain brief: plausible, simplified, not
 * official organigrams. They show the integration models side by side: UNMIK's pillars run by
 * partners under the SRSG (KFOR, alongside, is not part of it); MONUC, UNMIS and UNAMA with a
 * DSRSG RC/HC inside and OCHA in the Country Team (one foot in, one foot out); UNMIL with
 * humanitarian coordination inside (both feet in); UNIPSIL, whose Executive Representative is
 * also RC/HC; UNAMID and MINURCAT without an RC/HC inside.
 * Only a mission whose structure is empty is seeded.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoStructures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStructures.class);

    private final MissionDirectory missions;
    private final StructureSeeding seeding;

    DemoStructures(MissionDirectory missions, StructureSeeding seeding) {
        this.missions = missions;
        this.seeding = seeding;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Supplier<StructureBlueprint>> structures = new LinkedHashMap<>();
        structures.put("UNMIK", DemoStructures::unmik);
        structures.put("MONUC", DemoStructures::monuc);
        structures.put("UNMIL", DemoStructures::unmil);
        structures.put("UNMIS", DemoStructures::unmis);
        structures.put("UNAMID", DemoStructures::unamid);
        structures.put("UNAMA", DemoStructures::unama);
        structures.put("MINURCAT", DemoStructures::minurcat);
        structures.put("UNIPSIL", DemoStructures::unipsil);
        int seeded = 0;
        for (var mission : missions.allMissions()) {
            var blueprint = structures.get(mission.acronym());
            if (blueprint != null && seeding.seedIfEmpty(mission.id(), blueprint.get())) {
                seeded++;
            }
            // One identity per actor (issue 16): a Country Team agency in the structure (UNDP, UNICEF,
            // WFP, UNHCR, WHO, OCHA, UNFPA) is the registry organisation itself, placed under the
            // DSRSG RC/HC or the ERSG who coordinates the Country Team (DOMAIN.md, "integration"; UN
            // Integrated Assessment and Planning Handbook, 2013: the agencies keep their own mandates and
            // governance); so is a partner running a pillar when its unit bears its acronym.
            seeding.placeOrganisations(mission.id());
        }
        log.info("Demo mode: illustrative structures seeded for {} mission(s)", seeded);
    }

    /**
     * Kosovo in the pillar years (1999-2008; DOMAIN.md, real cases): four pillars under the SRSG,
     * two run by the UN (humanitarian assistance by UNHCR until 2000, then police and justice; civil
     * administration), one by the OSCE and one by the EU, each headed by a DSRSG.
     */
    static StructureBlueprint unmik() {
        var b = StructureBlueprint.builder()
                .unit(
                        "srsg",
                        HEAD_OF_MISSION,
                        "Office of the SRSG",
                        "Special Representative of the Secretary-General",
                        null)
                .location("Pristina")
                .posts(INTERNATIONAL_CIVILIAN, 60, 52)
                .posts(NATIONAL_STAFF, 40, 38)
                .unit(
                        "pdsrsg",
                        DEPUTY_POLITICAL,
                        "Office of the Principal Deputy SRSG",
                        "Principal Deputy SRSG",
                        "srsg")
                .unit("cos", CHIEF_OF_STAFF, "Office of the Chief of Staff", "Chief of Staff", "srsg")
                // Pillar I was humanitarian assistance led by UNHCR until mid-2000, then police and justice
                .unit(
                        "p1h",
                        OTHER,
                        UnitCategory.LEADERSHIP,
                        "Pillar I (1999-2000): Humanitarian Assistance",
                        "DSRSG Humanitarian Affairs, UNHCR Special Envoy (UNHCR)",
                        "srsg")
                .unit("returns", OTHER, "Return of refugees and displaced persons (UNHCR)", "Head of Returns", "p1h")
                .unit("winter", OTHER, "Winterisation and shelter (UNHCR)", "Shelter Coordinator", "p1h")
                .unit(
                        "p1",
                        OTHER,
                        UnitCategory.LEADERSHIP,
                        "Pillar I (2001-2008): Police and Justice",
                        "DSRSG Police and Justice (United Nations)",
                        "srsg")
                .unit("police", POLICE_COMPONENT, "UNMIK Police", "Police Commissioner", "p1")
                .posts(POLICE, 4700, 4400)
                .posts(NATIONAL_STAFF, 300, 280)
                .unit("doj", RULE_OF_LAW, "Department of Justice", "Director of Justice", "p1")
                .unit(
                        "p2",
                        OTHER,
                        UnitCategory.LEADERSHIP,
                        "Pillar II: Civil Administration",
                        "DSRSG Civil Administration (United Nations)",
                        "srsg")
                .unit(
                        "ca",
                        CIVIL_AFFAIRS,
                        "Department of Civil Administration",
                        "Director of Civil Administration",
                        "p2")
                .unit("mitrovica", FIELD_OFFICE, "Regional Administration Mitrovica", "Regional Administrator", "p2")
                .location("Mitrovica")
                .unit("prizren", FIELD_OFFICE, "Regional Administration Prizren", "Regional Administrator", "p2")
                .location("Prizren")
                // Pillars III and IV were run by partner organisations inside UNMIK (DOMAIN.md, partners)
                .unit(
                        "p3",
                        OTHER,
                        UnitCategory.LEADERSHIP,
                        "Pillar III: Institution Building",
                        "DSRSG Institution Building, Head of the OSCE Mission in Kosovo (OSCE)",
                        "srsg")
                .unit("elect", ELECTORAL, "Elections (OSCE)", "Director of Elections", "p3")
                .unit("hr", HUMAN_RIGHTS, "Human Rights and Rule of Law (OSCE)", "Director of Human Rights", "p3")
                .unit(
                        "p4",
                        OTHER,
                        UnitCategory.LEADERSHIP,
                        "Pillar IV: Reconstruction and Economic Development",
                        "DSRSG Reconstruction and Economic Development (European Union)",
                        "srsg")
                .unit("cfa", OTHER, "Central Fiscal Authority (EU)", "Director of the Central Fiscal Authority", "p4")
                .unit("dti", OTHER, "Department of Trade and Industry (EU)", "Director of Trade and Industry", "p4")
                .unit("legal", LEGAL, "Office of the Legal Adviser", "Legal Adviser", "srsg")
                .unit(
                        "pio",
                        PUBLIC_INFORMATION,
                        "Office of Communications and Public Information",
                        "Spokesperson",
                        "srsg")
                .unit("dms", MISSION_SUPPORT, "Division of Administration", "Director of Administration", "srsg")
                .unit("sec", SECURITY, "Security Section", "Chief Security Officer", "dms")
                .unit(
                        "smg",
                        MANAGEMENT_BODY,
                        "Executive Committee (SRSG and the pillar heads)",
                        "chaired by the SRSG",
                        "srsg")
                .line("police", "doj", "Arrests and detention handed to the justice system");
        return b.build();
    }

    /** DR Congo: integrated through the DSRSG RC/HC, OCHA supporting from the Country Team. */
    static StructureBlueprint monuc() {
        var b = integratedCore("Kinshasa", 17000, 1050, 1000);
        b.unit("unct-OCHA", UNCT_AGENCY, "OCHA", "Head of Office, OCHA", "dsrsg-rchc")
                .external("unct-OCHA", ExternalEntity.ERC, "OCHA reports to the ERC")
                .unit("ddrrr", DDR, "DDR/RR Section", "Chief DDR/RR", "dsrsg-pol")
                .unit(
                        "radio",
                        PUBLIC_INFORMATION,
                        "Radio Okapi and Public Information",
                        "Director of Public Information",
                        "srsg")
                .unit("east", FIELD_OFFICE, "Eastern Division", "Head of the Eastern Division", "srsg")
                .location("Goma")
                .unit("bunia", FIELD_OFFICE, "Ituri Brigade area office", "Head of Office", "east")
                .location("Bunia")
                .unit("bukavu", FIELD_OFFICE, "South Kivu Office", "Head of Office", "east")
                .location("Bukavu")
                .unit("elect", ELECTORAL, "Electoral Division", "Chief Electoral Officer", "dsrsg-pol");
        return b.build();
    }

    /** Liberia: RC/HC and humanitarian coordination both inside the mission. */
    static StructureBlueprint unmil() {
        var b = integratedCore("Monrovia", 15000, 1115, 1100);
        b.unit("hcs", OTHER, "Humanitarian Coordination Section", "Chief of Humanitarian Coordination", "dsrsg-rchc")
                .posts(INTERNATIONAL_CIVILIAN, 8, 7)
                .posts(NATIONAL_STAFF, 12, 12)
                .external("hcs", ExternalEntity.OCHA, "Humanitarian coordination integrated in the mission")
                .unit("unct-WHO", UNCT_AGENCY, "WHO", "WHO Representative", "dsrsg-rchc")
                .unit("ddrr", DDR, "DDRR Section", "Chief DDRR", "dsrsg-rchc")
                .line("ddrr", "unct-UNDP", "Joint DDRR programme with UNDP")
                .unit("corr", RULE_OF_LAW, "Corrections Advisory Unit", "Chief Corrections Adviser", "dsrsg-pol")
                .unit("counties", FIELD_OFFICE, "County offices", "Head of Field Offices", "dsrsg-rchc")
                .location("Gbarnga");
        return b.build();
    }

    /** Sudan: integrated through the DSRSG RC/HC; shares the country with UNAMID. */
    static StructureBlueprint unmis() {
        var b = integratedCore("Khartoum", 10000, 715, 680);
        b.unit("unct-OCHA", UNCT_AGENCY, "OCHA", "Head of Office, OCHA", "dsrsg-rchc")
                .unit("juba", FIELD_OFFICE, "Southern Sudan Office", "Deputy SRSG for Southern Sudan", "srsg")
                .location("Juba")
                .unit("cpa", OTHER, "Ceasefire Joint Monitoring Commission support", "Chief Military Observer", "force")
                .posts(MILITARY, 750, 700)
                .unit("ddr", DDR, "DDR Unit", "Chief DDR", "dsrsg-rchc")
                .line("ddr", "unct-UNDP", "Integrated DDR Unit with UNDP");
        return b.build();
    }

    /** Darfur: a hybrid AU-UN operation; the RC/HC for Sudan is not inside it. */
    static StructureBlueprint unamid() {
        return StructureBlueprint.builder()
                .unit(
                        "jsr",
                        HEAD_OF_MISSION,
                        "Office of the Joint Special Representative",
                        "AU-UN Joint Special Representative",
                        null)
                .location("El Fasher")
                .external("jsr", ExternalEntity.DPO, "Reports to the UN and to the AU Commission")
                .unit(
                        "djsr",
                        DEPUTY_POLITICAL,
                        "Office of the Deputy Joint Special Representative",
                        "Deputy JSR",
                        "jsr")
                .unit("cos", CHIEF_OF_STAFF, "Office of the Chief of Staff", "Chief of Staff", "jsr")
                .unit("force", MILITARY_COMPONENT, "Military component", "Force Commander (African Union)", "jsr")
                .posts(MILITARY, 19555, 15000)
                .unit("police", POLICE_COMPONENT, "Police component", "Police Commissioner", "jsr")
                .posts(POLICE, 6432, 4700)
                .unit("dms", MISSION_SUPPORT, "Mission Support Division", "Director of Mission Support", "jsr")
                .posts(INTERNATIONAL_CIVILIAN, 1100, 900)
                .posts(NATIONAL_STAFF, 3000, 2500)
                .posts(UN_VOLUNTEER, 500, 420)
                .unit("jmac", JMAC, "Joint Mission Analysis Centre", "Chief JMAC", "cos")
                .posts(MILITARY, 6, 5)
                .posts(POLICE, 3, 3)
                .posts(INTERNATIONAL_CIVILIAN, 8, 6)
                .unit("joc", JOC, "Joint Operations Centre", "Chief JOC", "cos")
                .unit("pad", POLITICAL_AFFAIRS, "Political Affairs", "Director of Political Affairs", "djsr")
                .unit("ca", CIVIL_AFFAIRS, "Civil Affairs", "Chief of Civil Affairs", "djsr")
                .unit("hr", HUMAN_RIGHTS, "Human Rights Section", "Chief of Human Rights", "djsr")
                .external("hr", ExternalEntity.AGENCY_HQ, "OHCHR")
                .unit("hls", OTHER, "Humanitarian Liaison Office", "Chief Humanitarian Liaison", "djsr")
                .external("hls", ExternalEntity.OCHA, "Liaison with humanitarian coordination outside the mission")
                .unit("north", FIELD_OFFICE, "Sector North", "Head of Sector", "jsr")
                .location("El Fasher")
                .unit("south", FIELD_OFFICE, "Sector South", "Head of Sector", "jsr")
                .location("Nyala")
                .unit("west", FIELD_OFFICE, "Sector West", "Head of Sector", "jsr")
                .location("El Geneina")
                .unit("smg", MANAGEMENT_BODY, "Senior Management Group", "chaired by the JSR", "jsr")
                .build();
    }

    /** Afghanistan: a special political mission with a DSRSG RC/HC; NATO operates apart. */
    static StructureBlueprint unama() {
        return StructureBlueprint.builder()
                .unit(
                        "srsg",
                        HEAD_OF_MISSION,
                        "Office of the SRSG",
                        "Special Representative of the Secretary-General",
                        null)
                .location("Kabul")
                .unit("dsrsg-pol", DEPUTY_POLITICAL, "Pillar I: Political Affairs", "DSRSG (Political Affairs)", "srsg")
                .unit(
                        "dsrsg-rchc",
                        DSRSG_RC_HC,
                        "Pillar II: Relief, Recovery and Reconstruction",
                        "DSRSG, Resident and Humanitarian Coordinator",
                        "srsg")
                .external("dsrsg-rchc", ExternalEntity.DOCO, "Resident Coordinator role")
                .external("dsrsg-rchc", ExternalEntity.ERC, "Humanitarian Coordinator role")
                .unit("unct-UNDP", UNCT_AGENCY, "UNDP", "UNDP Country Director", "dsrsg-rchc")
                .unit("unct-UNICEF", UNCT_AGENCY, "UNICEF", "UNICEF Representative", "dsrsg-rchc")
                .unit("unct-WFP", UNCT_AGENCY, "WFP", "WFP Country Director", "dsrsg-rchc")
                .unit("unct-UNHCR", UNCT_AGENCY, "UNHCR", "UNHCR Representative", "dsrsg-rchc")
                .unit("unct-OCHA", UNCT_AGENCY, "OCHA", "Head of Office, OCHA", "dsrsg-rchc")
                .unit("cos", CHIEF_OF_STAFF, "Office of the Chief of Staff", "Chief of Staff", "srsg")
                .unit("dms", MISSION_SUPPORT, "Mission Support", "Director of Mission Support", "srsg")
                .posts(INTERNATIONAL_CIVILIAN, 380, 330)
                .posts(NATIONAL_STAFF, 1300, 1200)
                .posts(UN_VOLUNTEER, 60, 50)
                .unit("mil", MILITARY_COMPONENT, "Military Advisory Unit", "Chief Military Adviser", "srsg")
                .posts(MILITARY, 18, 16)
                .unit("pol", POLICE_COMPONENT, "Police Advisory Unit", "Senior Police Adviser", "srsg")
                .posts(POLICE, 8, 6)
                .unit("hr", HUMAN_RIGHTS, "Human Rights Unit", "Chief of Human Rights", "dsrsg-pol")
                .unit("ro", RULE_OF_LAW, "Rule of Law Unit", "Chief of Rule of Law", "dsrsg-pol")
                .unit("elect", ELECTORAL, "Electoral Support", "Chief Electoral Adviser", "dsrsg-pol")
                .unit("herat", FIELD_OFFICE, "Regional Office West", "Head of Office", "srsg")
                .location("Herat")
                .unit("kandahar", FIELD_OFFICE, "Regional Office South", "Head of Office", "srsg")
                .location("Kandahar")
                .unit("smg", MANAGEMENT_BODY, "Senior Management Group", "chaired by the SRSG", "srsg")
                .build();
    }

    /**
     * Sierra Leone after UNAMSIL (DOMAIN.md, integration models and real cases): a peacebuilding
     * office whose Executive Representative is also the Resident and Humanitarian Coordinator, with
     * humanitarian coordination inside the office after OCHA left (both feet in), and the Country
     * Team planning with the office under one joint vision.
     */
    static StructureBlueprint unipsil() {
        return StructureBlueprint.builder()
                .unit(
                        "ersg",
                        HEAD_OF_MISSION,
                        "Office of the Executive Representative",
                        "Executive Representative of the Secretary-General, Resident and Humanitarian Coordinator",
                        null)
                .location("Freetown")
                .posts(INTERNATIONAL_CIVILIAN, 12, 11)
                .posts(NATIONAL_STAFF, 10, 10)
                .external("ersg", ExternalEntity.DPPA, "Executive Representative role")
                .external("ersg", ExternalEntity.DOCO, "Resident Coordinator role")
                .external("ersg", ExternalEntity.ERC, "Humanitarian Coordinator role")
                .unit("cos", CHIEF_OF_STAFF, "Office of the Chief of Staff", "Chief of Staff", "ersg")
                .unit(
                        "peace",
                        POLITICAL_AFFAIRS,
                        "Political and Peace Consolidation Section",
                        "Chief of Political Affairs",
                        "cos")
                .unit("hr", HUMAN_RIGHTS, "Human Rights and Rule of Law Section", "Chief of Human Rights", "cos")
                .external("hr", ExternalEntity.AGENCY_HQ, "OHCHR")
                .unit("police", RULE_OF_LAW, "Police Advisory Unit", "Senior Police Adviser", "cos")
                .posts(POLICE, 10, 9)
                .unit(
                        "coord",
                        OTHER,
                        "Development and Humanitarian Coordination Unit",
                        "Head of the RC/HC Office",
                        "ersg")
                .external("coord", ExternalEntity.OCHA, "OCHA had left: humanitarian coordination in the office")
                .unit("pio", PUBLIC_INFORMATION, "Public Information", "Spokesperson", "cos")
                .unit("dms", MISSION_SUPPORT, "Mission Support", "Chief of Mission Support", "ersg")
                .posts(INTERNATIONAL_CIVILIAN, 40, 36)
                .posts(NATIONAL_STAFF, 70, 66)
                .unit("unct-UNDP", UNCT_AGENCY, "UNDP", "UNDP Country Director", "ersg")
                .unit("unct-UNICEF", UNCT_AGENCY, "UNICEF", "UNICEF Representative", "ersg")
                .unit("unct-WFP", UNCT_AGENCY, "WFP", "WFP Country Director", "ersg")
                .unit("unct-WHO", UNCT_AGENCY, "WHO", "WHO Representative", "ersg")
                .unit("unct-UNFPA", UNCT_AGENCY, "UNFPA", "UNFPA Representative", "ersg")
                .line("coord", "unct-UNDP", "Joint programmes of the UN family's joint vision")
                .unit(
                        "jv",
                        MANAGEMENT_BODY,
                        "UN Country Team under the Joint Vision for Sierra Leone",
                        "chaired by the Executive Representative",
                        "ersg")
                .build();
    }

    /** Chad and the CAR: one mission across two countries, no RC/HC inside (both feet out). */
    static StructureBlueprint minurcat() {
        return StructureBlueprint.builder()
                .unit(
                        "srsg",
                        HEAD_OF_MISSION,
                        "Office of the SRSG",
                        "Special Representative of the Secretary-General",
                        null)
                .location("N'Djamena")
                .unit("dsrsg", DEPUTY_POLITICAL, "Office of the DSRSG", "Deputy SRSG", "srsg")
                .unit("cos", CHIEF_OF_STAFF, "Office of the Chief of Staff", "Chief of Staff", "srsg")
                .unit(
                        "force",
                        MILITARY_COMPONENT,
                        "Military component (after the EUFOR hand-over)",
                        "Force Commander",
                        "srsg")
                .posts(MILITARY, 5200, 3400)
                .unit("police", POLICE_COMPONENT, "Police component", "Police Commissioner", "srsg")
                .posts(POLICE, 300, 250)
                .unit("dis", OTHER, "Support to the Détachement intégré de sécurité", "Chief DIS Support", "police")
                .unit("dms", MISSION_SUPPORT, "Mission Support", "Director of Mission Support", "srsg")
                .posts(INTERNATIONAL_CIVILIAN, 560, 450)
                .posts(NATIONAL_STAFF, 650, 560)
                .unit("joc", JOC, "Joint Operations Centre", "Chief JOC", "cos")
                .unit("ca", CIVIL_AFFAIRS, "Civil Affairs", "Chief of Civil Affairs", "dsrsg")
                .unit("hr", HUMAN_RIGHTS, "Human Rights", "Chief of Human Rights", "dsrsg")
                .unit("cp", CHILD_PROTECTION, "Child Protection", "Child Protection Adviser", "dsrsg")
                .unit("gender", GENDER, "Gender", "Gender Adviser", "dsrsg")
                .unit("hls", OTHER, "Humanitarian Liaison Unit", "Humanitarian Liaison Officer", "dsrsg")
                .external("hls", ExternalEntity.OCHA, "Humanitarian coordination stays outside the mission")
                .unit("abeche", FIELD_OFFICE, "Eastern Chad Office", "Head of Office", "srsg")
                .location("Abéché")
                .unit("birao", FIELD_OFFICE, "North-eastern CAR Office", "Head of Office", "srsg")
                .location("Birao")
                .build();
    }

    /** The integrated core shared by MONUC, UNMIL and UNMIS, with their own sizes. */
    private static StructureBlueprint.Builder integratedCore(
            String headquarters, int troops, int civiliansAuthorised, int civiliansFilled) {
        var b = StructureBlueprint.builder()
                .unit(
                        "srsg",
                        HEAD_OF_MISSION,
                        "Office of the SRSG",
                        "Special Representative of the Secretary-General",
                        null)
                .location(headquarters)
                .posts(INTERNATIONAL_CIVILIAN, 30, 28)
                .posts(NATIONAL_STAFF, 20, 20)
                .unit(
                        "dsrsg-pol",
                        DEPUTY_POLITICAL,
                        "Office of the DSRSG (Rule of Law)",
                        "Deputy SRSG (political / rule of law)",
                        "srsg")
                .unit(
                        "dsrsg-rchc",
                        DSRSG_RC_HC,
                        "Office of the DSRSG (RC/HC)",
                        "Deputy SRSG, Resident and Humanitarian Coordinator",
                        "srsg")
                .external("dsrsg-rchc", ExternalEntity.DOCO, "Resident Coordinator role")
                .external("dsrsg-rchc", ExternalEntity.ERC, "Humanitarian Coordinator role");
        for (String agency : List.of("UNDP", "UNICEF", "WFP", "UNHCR")) {
            b.unit("unct-" + agency, UNCT_AGENCY, agency, agency + " Representative", "dsrsg-rchc");
        }
        return b.unit("cos", CHIEF_OF_STAFF, "Office of the Chief of Staff", "Chief of Staff", "srsg")
                .unit("dms", MISSION_SUPPORT, "Division of Mission Support", "Director of Mission Support", "srsg")
                .posts(INTERNATIONAL_CIVILIAN, civiliansAuthorised, civiliansFilled)
                .posts(NATIONAL_STAFF, civiliansAuthorised * 2, civiliansFilled * 2)
                .posts(UN_VOLUNTEER, 250, 230)
                .unit("force", MILITARY_COMPONENT, "Military component", "Force Commander", "srsg")
                .posts(MILITARY, troops, troops * 9 / 10)
                .unit("police", POLICE_COMPONENT, "Police component", "Police Commissioner", "srsg")
                .posts(POLICE, 1100, 1000)
                .unit("jmac", JMAC, "Joint Mission Analysis Centre", "Chief JMAC", "cos")
                .posts(MILITARY, 5, 5)
                .posts(POLICE, 2, 2)
                .posts(INTERNATIONAL_CIVILIAN, 7, 6)
                .unit("joc", JOC, "Joint Operations Centre", "Chief JOC", "cos")
                .unit("jloc", JLOC, "Joint Logistics Operations Centre", "Chief JLOC", "dms")
                .unit("pad", POLITICAL_AFFAIRS, "Political Affairs", "Director of Political Affairs", "dsrsg-pol")
                .unit("ca", CIVIL_AFFAIRS, "Civil Affairs", "Chief of Civil Affairs", "dsrsg-rchc")
                .unit("hr", HUMAN_RIGHTS, "Human Rights", "Chief of Human Rights", "dsrsg-pol")
                .external("hr", ExternalEntity.AGENCY_HQ, "OHCHR")
                .unit("cp", CHILD_PROTECTION, "Child Protection", "Senior Child Protection Adviser", "dsrsg-rchc")
                .unit("gender", GENDER, "Gender Unit", "Senior Gender Adviser", "srsg")
                .unit("rol", RULE_OF_LAW, "Rule of Law", "Chief of Rule of Law", "dsrsg-pol")
                .unit("cdu", CONDUCT_AND_DISCIPLINE, "Conduct and Discipline Unit", "Chief CDU", "srsg")
                .unit("legal", LEGAL, "Legal Adviser", "Legal Adviser", "srsg")
                .unit("sec", SECURITY, "Security Section (UNDSS)", "Chief Security Adviser", "srsg")
                .unit("smg", MANAGEMENT_BODY, "Senior Management Group", "chaired by the SRSG", "srsg")
                .unit(
                        "impt",
                        MANAGEMENT_BODY,
                        "Integrated Mission Planning Team",
                        "chaired by the Chief of Staff",
                        "cos");
    }
}
