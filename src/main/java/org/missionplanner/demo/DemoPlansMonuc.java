package org.missionplanner.demo;

import static org.missionplanner.demo.DemoPlanScript.with;
import static org.missionplanner.mission.MandateCategory.DDR;
import static org.missionplanner.mission.MandateCategory.ELECTIONS;
import static org.missionplanner.mission.MandateCategory.EXTENSION_OF_STATE_AUTHORITY;
import static org.missionplanner.mission.MandateCategory.PROTECTION_OF_CIVILIANS;
import static org.missionplanner.mission.MandateCategory.SSR;
import static org.missionplanner.plan.FundingSource.ASSESSED;
import static org.missionplanner.plan.FundingSource.BILATERAL;
import static org.missionplanner.plan.FundingSource.UNFUNDED;
import static org.missionplanner.plan.FundingSource.VOLUNTARY;
import static org.missionplanner.plan.IndicatorFrequency.ANNUAL;
import static org.missionplanner.plan.IndicatorFrequency.MONTHLY;
import static org.missionplanner.plan.IndicatorFrequency.QUARTERLY;
import static org.missionplanner.plan.RiskLevel.HIGH;
import static org.missionplanner.plan.RiskLevel.MEDIUM;
import static org.missionplanner.plan.TaskStatus.AT_RISK;
import static org.missionplanner.plan.TaskStatus.DONE;
import static org.missionplanner.plan.TaskStatus.NOT_STARTED;
import static org.missionplanner.plan.TaskStatus.OFF_TRACK;
import static org.missionplanner.plan.TaskStatus.ON_TRACK;
import static org.missionplanner.plan.TimeHorizon.IMMEDIATE;
import static org.missionplanner.plan.TimeHorizon.LONG_TERM;
import static org.missionplanner.plan.TimeHorizon.POLITICAL_TIMETABLE;

import java.util.List;
import org.missionplanner.plan.Dilemma;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanKind;

/**
 * MONUC's integrated strategic framework for 2006-2008, built around the Country Assistance
 * Framework that joined the priorities of the government, donors, the UN agencies, the World Bank
 * and MONUC: the 2006 elections, security sector reform, DDR, protection and recovery in the east.
 * Plausible and simplified from the real case; figures are illustrative, not official.
 */
final class DemoPlansMonuc {

    static final PlanDetails ISF = new PlanDetails(
            PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
            "Integrated strategic framework with the Country Assistance Framework 2006–2008",
            DemoPlanScript.day("2006-01-01"),
            DemoPlanScript.day("2008-12-31"),
            "A Congo governed by elected institutions, whose army and police protect rather than prey on civilians, "
                    + "where armed groups have laid down their weapons and the state delivers basic services in the "
                    + "provinces: one framework for the government, donors, the UN agencies, the World Bank and MONUC.",
            DemoPlans.ILLUSTRATIVE + "The transition of the Global and All-Inclusive Agreement (Pretoria, 2002) "
                    + "ends with the first free elections in forty years: a constitutional referendum in December "
                    + "2005, presidential and legislative elections on 30 July 2006 and a run-off on 29 October 2006. "
                    + "Armed groups remain active in Ituri and the Kivus. OCHA supports the Humanitarian Coordinator "
                    + "from within the Country Team (one foot in, one foot out).");

    private DemoPlansMonuc() {}

    static void isf(DemoPlanScript s) {
        s.objective(
                "The transition completed through credible elections",
                Dimension.POLITICAL,
                "The first democratic elections since independence, and elected institutions installed.");
        s.result("Voters registered and the 2006 elections held", null)
                .indicator(
                        "Voters registered",
                        "voters",
                        0,
                        "2005-06-20",
                        28000000,
                        "2005-12-31",
                        "Independent Electoral Commission (CEI)",
                        MONTHLY,
                        "2005-09-30",
                        19300000,
                        "2005-12-31",
                        25700000)
                .indicator(
                        "Polling stations open on 30 July 2006",
                        "polling stations",
                        0,
                        "2006-01-01",
                        49700,
                        "2006-07-30",
                        "CEI / Electoral Division",
                        MONTHLY,
                        "2006-07-30",
                        49700);
        long airlift = s.task(
                "Airlift ballots and electoral materials to the provinces",
                "MONUC aircraft and trucks deliver to 14 hubs and some 200 sub-hubs.",
                ELECTIONS,
                "Electoral Division",
                with("Division of Mission Support", "UNDP"),
                "Independent Electoral Commission (CEI)",
                ASSESSED,
                103_000_000L,
                "2006-01-01",
                "2006-11-30",
                POLITICAL_TIMETABLE,
                ON_TRACK);
        s.statusReport(airlift, DONE, "2006-11-15", "Materials for both rounds delivered on time to every hub.");
        s.task(
                "Manage the electoral basket fund",
                "Donor contributions pooled under UNDP's electoral support project.",
                ELECTIONS,
                "UNDP",
                with("Electoral Division", "EU"),
                "Independent Electoral Commission (CEI)",
                VOLUNTARY,
                331_000_000L,
                "2005-06-01",
                "2006-12-31",
                POLITICAL_TIMETABLE,
                DONE,
                List.of(
                        DemoPlanScript.funded(VOLUNTARY, 251_000_000L, 232_000_000L, 225_000_000L),
                        DemoPlanScript.funded(BILATERAL, 80_000_000L, 80_000_000L, 78_000_000L)));
        s.task(
                "Civic education and voter information on Radio Okapi",
                null,
                null,
                "Radio Okapi and Public Information",
                with("Electoral Division", "Human Rights"),
                "Haute Autorité des Médias",
                ASSESSED,
                2_000_000L,
                "2006-01-01",
                "2006-10-31",
                POLITICAL_TIMETABLE,
                DONE);
        s.result("Elected institutions installed", null)
                .indicator(
                        "Provincial assemblies installed",
                        "assemblies",
                        0,
                        "2006-10-01",
                        11,
                        "2007-03-31",
                        "Political Affairs",
                        QUARTERLY,
                        "2007-03-31",
                        11);
        s.task(
                "Support the installation of the National Assembly and the provincial assemblies",
                null,
                null,
                "Political Affairs",
                with("UNDP", "Civil Affairs"),
                "National Assembly",
                VOLUNTARY,
                5_000_000L,
                "2006-09-01",
                "2007-06-30",
                POLITICAL_TIMETABLE,
                DONE);
        s.benchmark("Constitution adopted by referendum", "2005-12-18", false, true);
        s.benchmark("Presidential and legislative elections held", "2006-07-30", false, true);
        s.benchmark("Elected president inaugurated: end of the transition", "2006-12-06", true, true);

        s.objective(
                "Security sector reform and an integrated army",
                Dimension.SECURITY,
                "Former belligerents' forces integrated into the FARDC; a police able to secure the elections.");
        s.result("Integrated brigades formed through brassage", null)
                .indicator(
                        "Integrated brigades formed",
                        "brigades",
                        0,
                        "2005-01-01",
                        18,
                        "2006-12-31",
                        "Structure militaire d'intégration",
                        QUARTERLY,
                        "2006-06-30",
                        12,
                        "2006-12-31",
                        14);
        long brassage = s.task(
                "Support the brassage centres that integrate the armed forces",
                "Food, shelter and training support to the integration centres.",
                SSR,
                "Military component",
                with("DDR/RR Section", "EU"),
                "Ministry of Defence, Structure militaire d'intégration",
                BILATERAL,
                15_000_000L,
                "2005-06-01",
                "2007-12-31",
                POLITICAL_TIMETABLE,
                ON_TRACK);
        s.statusReport(
                brassage,
                AT_RISK,
                "2006-09-30",
                "Soldiers unpaid for months desert the brassage centres; four brigades behind schedule.");
        s.result("A police trained to secure the elections", null)
                .indicator(
                        "Police officers trained for election security",
                        "officers",
                        0,
                        "2005-09-01",
                        50000,
                        "2006-06-30",
                        "Police component",
                        MONTHLY,
                        "2006-03-31",
                        31000,
                        "2006-06-30",
                        53000);
        s.task(
                "Train the Congolese National Police for election security",
                null,
                SSR,
                "Police component",
                with("EU", "UNDP"),
                "Police nationale congolaise (PNC)",
                VOLUNTARY,
                12_000_000L,
                "2005-09-01",
                "2006-07-31",
                POLITICAL_TIMETABLE,
                DONE);
        s.benchmark("All eighteen integrated brigades formed", "2006-12-31", false, false);

        s.objective(
                "Armed groups disarmed, demobilised or repatriated",
                Dimension.SECURITY,
                "The national DDR programme for Congolese combatants; DDRRR for foreign armed groups.");
        s.result("Congolese combatants disarmed and demobilised", null)
                .indicator(
                        "Combatants demobilised under the national programme",
                        "people",
                        0,
                        "2004-12-01",
                        150000,
                        "2007-12-31",
                        "CONADER",
                        QUARTERLY,
                        "2005-12-31",
                        58000,
                        "2006-12-31",
                        102000);
        long pnddr = s.task(
                "Support the national DDR programme (PNDDR) with CONADER",
                "Financed through the World Bank's multi-country demobilisation and reintegration programme.",
                DDR,
                "World Bank",
                with("UNDP", "DDR/RR Section"),
                "CONADER",
                VOLUNTARY,
                200_000_000L,
                "2004-12-01",
                "2008-06-30",
                LONG_TERM,
                ON_TRACK);
        s.statusReport(
                pnddr,
                AT_RISK,
                "2006-12-31",
                "Reintegration kits delayed; payments to demobilised combatants months late in Ituri.");
        s.task(
                "Release and reintegrate children from armed groups",
                null,
                null,
                "UNICEF",
                with("Child Protection", "DDR/RR Section"),
                "CONADER",
                VOLUNTARY,
                8_000_000L,
                "2005-01-01",
                "2008-12-31",
                LONG_TERM,
                ON_TRACK);
        s.result("Foreign combatants repatriated", null)
                .indicator(
                        "Foreign combatants and dependants repatriated",
                        "people",
                        0,
                        "2006-01-01",
                        10000,
                        "2008-12-31",
                        "DDR/RR Section",
                        QUARTERLY,
                        "2006-12-31",
                        1800,
                        "2007-12-31",
                        3400);
        long ddrrr = s.task(
                "Disarm and repatriate foreign combatants (DDRRR)",
                "Sensitisation through Radio Okapi, transit centres, hand-over to the countries of origin.",
                DDR,
                "DDR/RR Section",
                with("Military component", "Radio Okapi and Public Information", "UNHCR"),
                "Ministry of Defence",
                ASSESSED,
                3_500_000L,
                "2006-01-01",
                "2008-12-31",
                LONG_TERM,
                ON_TRACK);
        s.statusReport(
                ddrrr,
                OFF_TRACK,
                "2007-12-31",
                "Most foreign combatants refuse voluntary repatriation; returns stalled at a third of the plan.");

        s.objective(
                "Civilians protected and humanitarian access in the east",
                Dimension.HUMANITARIAN,
                "Protection of civilians in Ituri and the Kivus and the return of the displaced.");
        s.result("Displaced people assisted and returned", null)
                .indicator(
                        "Displaced people returned home",
                        "people",
                        0,
                        "2006-01-01",
                        1000000,
                        "2008-12-31",
                        "OCHA / UNHCR",
                        QUARTERLY,
                        "2006-12-31",
                        410000,
                        "2007-12-31",
                        620000);
        s.task(
                "Coordinate the humanitarian action plan and the pooled fund",
                null,
                null,
                "OCHA",
                with("Office of the DSRSG (RC/HC)", "UNDP"),
                "Ministry of Social Affairs and Humanitarian Action",
                VOLUNTARY,
                90_000_000L,
                "2006-01-01",
                "2008-12-31",
                IMMEDIATE,
                ON_TRACK);
        s.task(
                "Assist the return of displaced people in Ituri",
                null,
                null,
                "UNHCR",
                with("WFP", "Ituri Brigade area office"),
                "Provincial authorities of Ituri",
                VOLUNTARY,
                25_000_000L,
                "2006-03-01",
                "2008-06-30",
                IMMEDIATE,
                AT_RISK);
        s.result("Civilians protected in Ituri and the Kivus", null)
                .indicator(
                        "Territories covered by a mobile operating base",
                        "territories",
                        4,
                        "2006-01-01",
                        20,
                        "2007-12-31",
                        "Eastern Division",
                        QUARTERLY,
                        "2006-12-31",
                        11,
                        "2007-12-31",
                        14);
        s.task(
                "Protect civilians through mobile operating bases",
                "Joint protection teams with civilian staff.",
                PROTECTION_OF_CIVILIANS,
                "Military component",
                with("Eastern Division", "Human Rights", "Civil Affairs"),
                "FARDC regional commands",
                ASSESSED,
                45_000_000L,
                "2006-01-01",
                "2008-12-31",
                IMMEDIATE,
                ON_TRACK);
        s.task(
                "Investigate and report on human rights violations, including sexual violence",
                null,
                null,
                "Human Rights",
                with("Gender Unit", "UNICEF"),
                "Ministry of Justice and Human Rights",
                ASSESSED,
                1_800_000L,
                "2006-01-01",
                "2008-12-31",
                IMMEDIATE,
                ON_TRACK);

        s.objective(
                "Recovery and state authority under the Country Assistance Framework",
                Dimension.DEVELOPMENT,
                "The CAF's priorities: governance, pro-poor growth, basic services, and the state's return to the "
                        + "provinces.");
        s.result("State administration and basic services restored in priority provinces", null)
                .indicator(
                        "Territories with an administrator in post",
                        "territories",
                        60,
                        "2006-01-01",
                        145,
                        "2008-12-31",
                        "Ministry of the Interior",
                        ANNUAL,
                        "2006-12-31",
                        88,
                        "2007-12-31",
                        104);
        long administrators = s.task(
                "Redeploy territorial administrators and rebuild their offices",
                null,
                EXTENSION_OF_STATE_AUTHORITY,
                "Civil Affairs",
                with("UNDP", "Division of Mission Support", "DFID"),
                "Ministry of the Interior and Decentralisation",
                BILATERAL,
                6_000_000L,
                "2006-06-01",
                "2008-12-31",
                LONG_TERM,
                ON_TRACK);
        s.statusReport(
                administrators,
                AT_RISK,
                "2007-12-31",
                "Administrators appointed but unpaid; many leave their posts in the eastern territories.");
        s.task(
                "Agree the Country Assistance Framework's priorities with the World Bank and donors",
                null,
                null,
                "World Bank",
                with("UNDP", "Office of the DSRSG (RC/HC)", "DFID"),
                "Ministry of Planning",
                VOLUNTARY,
                1_200_000L,
                "2006-03-01",
                "2007-06-30",
                POLITICAL_TIMETABLE,
                DONE);
        s.task(
                "Rehabilitate rural feeder roads in the priority provinces",
                "Food for work and engineering support.",
                null,
                "WFP",
                with("Division of Mission Support"),
                "Office des Routes",
                UNFUNDED,
                20_000_000L,
                "2007-01-01",
                "2008-12-31",
                LONG_TERM,
                NOT_STARTED);
        s.benchmark(
                "Country Assistance Framework endorsed by the government and its partners", "2007-06-30", false, true);

        s.unlinked()
                .task(
                        "Clear mines from airstrips used for electoral logistics",
                        null,
                        null,
                        "Division of Mission Support",
                        with(),
                        null,
                        ASSESSED,
                        900_000L,
                        "2006-02-01",
                        "2006-06-30",
                        IMMEDIATE,
                        DONE);
        s.benchmark(
                "Congolese forces able to protect civilians in the east without MONUC's support",
                "2008-12-31",
                true,
                false);

        s.risk(
                        "Joint operations with army units that abuse civilians",
                        Dilemma.HUMAN_RIGHTS,
                        HIGH,
                        HIGH,
                        "Support only units screened for human rights violations; report abuses publicly.",
                        "Human Rights")
                .risk(
                        "MONUC's use of force in Ituri blurs the distinction with humanitarian actors",
                        Dilemma.HUMANITARIAN_SPACE,
                        MEDIUM,
                        HIGH,
                        "Humanitarian agencies decide on the use of military assets; clear public messaging.",
                        "Office of the DSRSG (RC/HC)")
                .risk(
                        "Contested election results lead to fighting in Kinshasa",
                        null,
                        MEDIUM,
                        HIGH,
                        "Good offices with the candidates; a rapid reaction reserve in Kinshasa.",
                        "Political Affairs")
                .risk(
                        "Donor-driven priorities weaken the government's ownership of the Country Assistance Framework",
                        Dilemma.LOCAL_OWNERSHIP,
                        MEDIUM,
                        MEDIUM,
                        "Priorities set in the government's poverty reduction strategy; joint reviews chaired by the "
                                + "Ministry of Planning.",
                        "World Bank")
                .risk(
                        "Foreign armed groups refuse voluntary repatriation",
                        null,
                        HIGH,
                        MEDIUM,
                        "Regional diplomacy with the countries of origin; targeted sensitisation.",
                        "DDR/RR Section");
    }
}
