package org.missionplanner.demo;

import static org.missionplanner.demo.DemoPlanScript.with;
import static org.missionplanner.mission.MandateCategory.DDR;
import static org.missionplanner.mission.MandateCategory.ELECTIONS;
import static org.missionplanner.mission.MandateCategory.GENDER_WPS;
import static org.missionplanner.mission.MandateCategory.HUMANITARIAN_ASSISTANCE_SUPPORT;
import static org.missionplanner.mission.MandateCategory.SSR;
import static org.missionplanner.plan.FundingSource.ASSESSED;
import static org.missionplanner.plan.FundingSource.BILATERAL;
import static org.missionplanner.plan.FundingSource.PEACEBUILDING_FUND;
import static org.missionplanner.plan.FundingSource.UNFUNDED;
import static org.missionplanner.plan.FundingSource.VOLUNTARY;
import static org.missionplanner.plan.IndicatorFrequency.MONTHLY;
import static org.missionplanner.plan.IndicatorFrequency.QUARTERLY;
import static org.missionplanner.plan.IndicatorFrequency.SEMI_ANNUAL;
import static org.missionplanner.plan.RiskLevel.HIGH;
import static org.missionplanner.plan.RiskLevel.LOW;
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
 * UNMIL's plans: an integrated strategic framework for 2004-2006 around DDR, security sector
 * reform, the rule of law, the 2005 elections and returns, and the mission concept it built on.
 * Plausible and simplified from the real case; figures are illustrative, not official.
 */
final class DemoPlansUnmil {

    static final PlanDetails ISF = new PlanDetails(
            PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
            "Integrated strategic framework for Liberia 2004–2006",
            DemoPlanScript.day("2004-01-01"),
            DemoPlanScript.day("2006-12-31"),
            "A Liberia at peace, in which former combatants have a livelihood, Liberian police and courts uphold the "
                    + "law, an elected government extends its authority to all fifteen counties, and the displaced "
                    + "have gone home; UNMIL and the UN Country Team work to one plan with the government and donors.",
            DemoPlans.ILLUSTRATIVE + "After fourteen years of civil war the Comprehensive Peace Agreement (Accra, "
                    + "18 August 2003) set up a National Transitional Government until elections in October 2005. "
                    + "UNMIL (resolution 1509) hosts the Resident and Humanitarian Coordinator and the humanitarian "
                    + "coordination function inside the mission. Disarmament is assessed-funded; reintegration "
                    + "depends on the voluntary DDRR trust fund, which is short of pledges.");

    static final PlanDetails CONCEPT = new PlanDetails(
            PlanKind.MISSION_CONCEPT,
            "UNMIL mission concept 2003–2004",
            DemoPlanScript.day("2003-10-01"),
            DemoPlanScript.day("2004-12-31"),
            "Stabilise Liberia after the Accra agreement and open the way for disarmament and the return of state "
                    + "authority.",
            DemoPlans.ILLUSTRATIVE + "The first plan of the mission, approved at its start; the integrated "
                    + "strategic framework builds on it.");

    private DemoPlansUnmil() {}

    static void isf(DemoPlanScript s) {
        s.objective(
                "Former combatants disarmed, demobilised and reintegrated",
                Dimension.SECURITY,
                "Disarmament and demobilisation of all factions (GOL, LURD, MODEL), then reintegration through "
                        + "education, vocational training and agriculture.",
                // illustrative alignment: the iPRS (2006) pillar this objective's work fed into
                DemoNational.LIBERIA_IPRS + "#1");
        s.result("Combatants of all factions disarmed and demobilised", "Cantonment sites run by UNMIL's DDRR Section.")
                .indicator(
                        "Combatants disarmed",
                        "people",
                        0,
                        "2004-04-15",
                        100000,
                        "2004-12-31",
                        "NCDDRR / DDRR Section database",
                        MONTHLY,
                        "2004-06-30",
                        41200,
                        "2004-09-30",
                        78600,
                        "2004-11-03",
                        101495)
                .indicator(
                        "Weapons collected",
                        "weapons",
                        0,
                        "2004-04-15",
                        30000,
                        "2004-12-31",
                        "DDRR Section",
                        MONTHLY,
                        "2004-08-31",
                        17500,
                        "2004-11-30",
                        27800);
        long cantonment = s.task(
                "Run the cantonment sites and disarm combatants",
                "Disarmament at eleven sites, weapons destroyed under UNMIL supervision.",
                DDR,
                "DDRR Section",
                with("Military component", "WFP", "UNDP"),
                "National Commission on DDRR (NCDDRR)",
                ASSESSED,
                12_500_000L,
                "2004-04-15",
                "2004-10-31",
                IMMEDIATE,
                ON_TRACK,
                List.of(DemoPlanScript.funded(ASSESSED, 12_500_000L, 12_500_000L, 12_500_000L)));
        s.statusReport(
                cantonment,
                DONE,
                "2004-11-03",
                "Disarmament closed on 31 October with just over 101,000 people disarmed, far above the planning figure.");
        s.task(
                "Demobilise and register ex-combatants; pay the transitional safety allowance",
                "Two payments per ex-combatant, through the DDRR trust fund.",
                DDR,
                "UNDP",
                with("DDRR Section"),
                "National Commission on DDRR (NCDDRR)",
                VOLUNTARY,
                9_000_000L,
                "2004-04-15",
                "2005-02-28",
                IMMEDIATE,
                DONE);
        s.result(
                        "Ex-combatants, including children, reintegrated in their communities",
                        "Places in education, vocational training and agriculture for every demobilised person.")
                .indicator(
                        "Ex-combatants enrolled in a reintegration programme",
                        "people",
                        0,
                        "2004-06-30",
                        100000,
                        "2006-06-30",
                        "UNDP joint implementation unit",
                        QUARTERLY,
                        "2005-03-31",
                        28000,
                        "2005-12-31",
                        54000,
                        "2006-06-30",
                        62000)
                .indicator(
                        "Children associated with fighting forces reunified with their families",
                        "children",
                        0,
                        "2004-06-30",
                        11000,
                        "2006-12-31",
                        "UNICEF",
                        QUARTERLY,
                        "2005-06-30",
                        7400,
                        "2006-09-30",
                        11000);
        long reintegration = s.task(
                "Reintegration: education, vocational training and agriculture",
                "Places for every demobilised ex-combatant, with the World Bank's community programmes.",
                DDR,
                "UNDP",
                with("DDRR Section", "World Bank", "UNICEF"),
                "National Commission on DDRR (NCDDRR)",
                VOLUNTARY,
                28_000_000L,
                "2004-09-01",
                "2006-12-31",
                LONG_TERM,
                ON_TRACK,
                List.of(
                        DemoPlanScript.funded(VOLUNTARY, 20_000_000L, 12_000_000L, 9_500_000L),
                        DemoPlanScript.funded(BILATERAL, 8_000_000L, 5_000_000L, 4_000_000L)));
        s.statusReport(
                reintegration,
                AT_RISK,
                "2005-09-30",
                "Pledges to the DDRR trust fund cover about 60% of the caseload; some 40,000 ex-combatants are still "
                        + "waiting for a place.");
        s.task(
                "Reunify and reintegrate children associated with fighting forces",
                null,
                null,
                "UNICEF",
                with("Child Protection", "DDRR Section"),
                "Ministry of Gender and Development",
                VOLUNTARY,
                6_500_000L,
                "2004-05-01",
                "2006-12-31",
                LONG_TERM,
                ON_TRACK);
        s.benchmark("Disarmament and demobilisation completed", "2004-10-31", false, true);

        s.objective(
                "A restructured and accountable security sector",
                Dimension.SECURITY,
                "A new Liberia National Police and a restructured Armed Forces of Liberia under civilian oversight.",
                // illustrative alignment: the iPRS (2006) pillar this objective's work fed into
                DemoNational.LIBERIA_IPRS + "#1");
        s.result("A vetted and trained Liberia National Police deployed in every county", null)
                .indicator(
                        "Police officers trained and deployed",
                        "officers",
                        0,
                        "2004-07-01",
                        3500,
                        "2006-07-01",
                        "UNPOL training database",
                        QUARTERLY,
                        "2005-07-01",
                        1100,
                        "2006-01-01",
                        2100,
                        "2006-06-30",
                        2560)
                .indicator(
                        "Counties with a Liberia National Police presence",
                        "counties",
                        1,
                        "2004-07-01",
                        15,
                        "2006-06-30",
                        "UNPOL",
                        SEMI_ANNUAL,
                        "2005-06-30",
                        9,
                        "2006-06-30",
                        15);
        long police = s.task(
                "Recruit, vet and train the new Liberia National Police",
                "Basic training at the National Police Academy, field coaching by UNPOL.",
                SSR,
                "Police component",
                with("Human Rights", "UNDP"),
                "Liberia National Police, Ministry of Justice",
                ASSESSED,
                4_200_000L,
                "2004-07-01",
                "2006-12-31",
                POLITICAL_TIMETABLE,
                ON_TRACK);
        s.statusReport(
                police,
                AT_RISK,
                "2006-01-15",
                "Recruitment behind schedule: literacy and vetting requirements screen out two applicants in three.");
        s.task(
                "Rehabilitate and equip police stations in the counties",
                null,
                null,
                "UNDP",
                with("Police component", "Division of Mission Support"),
                "Liberia National Police",
                BILATERAL,
                3_000_000L,
                "2005-01-01",
                "2006-06-30",
                POLITICAL_TIMETABLE,
                ON_TRACK);
        s.result("A restructured Armed Forces of Liberia under civilian oversight", null)
                .indicator(
                        "New soldiers recruited, vetted and trained",
                        "soldiers",
                        0,
                        "2005-07-01",
                        2000,
                        "2007-12-31",
                        "Ministry of National Defence",
                        SEMI_ANNUAL,
                        "2006-12-31",
                        600);
        s.task(
                "Support the restructuring of the Armed Forces of Liberia",
                "Recruitment and training run bilaterally; UNMIL advises on vetting and civilian oversight.",
                SSR,
                "Military component",
                with("Legal Adviser", "Human Rights"),
                "Ministry of National Defence",
                BILATERAL,
                null,
                "2005-07-01",
                "2007-12-31",
                LONG_TERM,
                AT_RISK);
        s.benchmark("3,500 police officers trained and deployed", "2006-07-01", true, false);
        s.benchmark(
                "Armed Forces of Liberia able to take over security duties from UNMIL in stages",
                "2008-12-31",
                true,
                false);

        s.objective(
                "Rule of law and human rights restored",
                Dimension.RULE_OF_LAW,
                "Courts and prisons working in the counties; human rights monitored and protected.",
                // illustrative alignment: the iPRS (2006) pillar this objective's work fed into
                DemoNational.LIBERIA_IPRS + "#3");
        s.result("Courts and prisons functioning in the counties", null)
                .indicator(
                        "Circuit courts holding regular sessions",
                        "courts",
                        2,
                        "2004-06-30",
                        15,
                        "2006-12-31",
                        "Rule of Law / Judiciary",
                        QUARTERLY,
                        "2005-06-30",
                        5,
                        "2006-06-30",
                        9);
        s.task(
                "Rehabilitate circuit courts and deploy judges and prosecutors",
                null,
                null,
                "Rule of Law",
                with("UNDP", "County offices"),
                "Ministry of Justice, Judiciary of Liberia",
                VOLUNTARY,
                2_400_000L,
                "2004-09-01",
                "2006-12-31",
                LONG_TERM,
                AT_RISK);
        long prisons = s.task(
                "Reopen prisons and train corrections officers",
                null,
                null,
                "Corrections Advisory Unit",
                with("UNDP", "Police component"),
                "Bureau of Corrections and Rehabilitation",
                UNFUNDED,
                1_100_000L,
                "2005-01-01",
                "2006-12-31",
                LONG_TERM,
                NOT_STARTED);
        s.statusReport(
                prisons,
                OFF_TRACK,
                "2005-12-31",
                "No donor has taken up the corrections programme; three prisons open with mission staff only.");
        s.result("Human rights monitored and national institutions established", null)
                .indicator(
                        "Public human rights reports issued",
                        "reports",
                        0,
                        "2004-06-30",
                        8,
                        "2006-06-30",
                        "Human Rights Section",
                        QUARTERLY,
                        "2005-06-30",
                        4,
                        "2006-06-30",
                        8);
        s.task(
                "Monitor and report on human rights in the counties",
                null,
                null,
                "Human Rights",
                with("County offices", "Child Protection"),
                "Independent National Commission on Human Rights",
                ASSESSED,
                850_000L,
                "2004-03-01",
                "2006-12-31",
                IMMEDIATE,
                ON_TRACK);
        s.task(
                "Support the Truth and Reconciliation Commission",
                null,
                null,
                "Human Rights",
                with("UNDP", "Political Affairs"),
                "Truth and Reconciliation Commission",
                VOLUNTARY,
                1_500_000L,
                "2005-06-01",
                "2006-12-31",
                POLITICAL_TIMETABLE,
                ON_TRACK);
        s.task(
                "Prevent and respond to sexual and gender-based violence",
                null,
                GENDER_WPS,
                "Gender Unit",
                with("UNICEF", "Police component"),
                "Ministry of Gender and Development",
                UNFUNDED,
                null,
                "2005-01-01",
                "2006-12-31",
                LONG_TERM,
                NOT_STARTED);
        s.benchmark("Circuit courts functioning in all fifteen counties", "2006-12-31", true, false);

        s.objective(
                "Free and fair elections and state authority restored",
                Dimension.POLITICAL,
                "Elections in October 2005 as the Accra agreement foresees, and county administrations back at work.",
                // illustrative alignment: the iPRS (2006) pillar this objective's work fed into
                DemoNational.LIBERIA_IPRS + "#3");
        s.result("Voters registered and the 11 October 2005 elections held", null)
                .indicator(
                        "Voters registered",
                        "voters",
                        0,
                        "2005-04-25",
                        1350000,
                        "2005-05-21",
                        "National Elections Commission",
                        MONTHLY,
                        "2005-05-21",
                        1352730)
                .indicator(
                        "Polling precincts open on election day",
                        "precincts",
                        0,
                        "2005-06-30",
                        1400,
                        "2005-10-11",
                        "National Elections Commission",
                        MONTHLY,
                        "2005-10-11",
                        1400);
        long elections = s.task(
                "Support voter registration and the 2005 elections",
                "Logistics, security and technical advice to the National Elections Commission.",
                ELECTIONS,
                "Political Affairs",
                with("UNDP", "Division of Mission Support", "Military component"),
                "National Elections Commission",
                ASSESSED,
                9_600_000L,
                "2005-01-01",
                "2005-11-30",
                POLITICAL_TIMETABLE,
                ON_TRACK);
        s.statusReport(
                elections,
                DONE,
                "2005-11-23",
                "Both rounds held peacefully (11 October and 8 November); results certified by the NEC.");
        s.result("County administrations re-established", null)
                .indicator(
                        "County superintendents working from their county capital",
                        "counties",
                        3,
                        "2004-03-01",
                        15,
                        "2005-06-30",
                        "Civil Affairs",
                        QUARTERLY,
                        "2004-12-31",
                        10,
                        "2005-06-30",
                        15);
        s.task(
                "Restore county administrations and the superintendents' offices",
                null,
                null,
                "Civil Affairs",
                with("County offices", "UNDP"),
                "Ministry of Internal Affairs",
                VOLUNTARY,
                1_800_000L,
                "2004-03-01",
                "2005-12-31",
                POLITICAL_TIMETABLE,
                DONE);
        s.directlyUnderObjective()
                .task(
                        "Community-based reconciliation and conflict resolution in the counties",
                        "Peace committees in the counties most affected by land disputes.",
                        null,
                        "Civil Affairs",
                        with("UNDP"),
                        "Ministry of Internal Affairs",
                        PEACEBUILDING_FUND,
                        750_000L,
                        "2006-10-01",
                        "2007-09-30",
                        LONG_TERM,
                        NOT_STARTED);
        s.benchmark("Elected government inaugurated", "2006-01-16", true, true);

        s.objective(
                "Safe return of refugees and displaced people",
                Dimension.HUMANITARIAN,
                "Voluntary return in safety and dignity, with a return package and basic services in return areas.");
        s.result("Displaced people and refugees returned to their areas of origin", null)
                .indicator(
                        "Internally displaced people returned with a return package",
                        "people",
                        0,
                        "2004-11-01",
                        314000,
                        "2006-04-30",
                        "LRRRC / UNHCR",
                        MONTHLY,
                        "2005-06-30",
                        180000,
                        "2006-04-20",
                        314000)
                .indicator(
                        "Refugees assisted to repatriate",
                        "people",
                        0,
                        "2004-10-01",
                        340000,
                        "2006-12-31",
                        "UNHCR",
                        QUARTERLY,
                        "2005-12-31",
                        70000,
                        "2006-12-31",
                        105000);
        s.task(
                "Organise the return of displaced people and close the camps",
                null,
                HUMANITARIAN_ASSISTANCE_SUPPORT,
                "UNHCR",
                with("Humanitarian Coordination Section", "WFP"),
                "Liberia Refugee Repatriation and Resettlement Commission (LRRRC)",
                VOLUNTARY,
                15_000_000L,
                "2004-11-01",
                "2006-06-30",
                IMMEDIATE,
                DONE);
        s.task(
                "Secure return routes and escort convoys when asked",
                "Only at UNHCR's request and as a last resort.",
                null,
                "Military component",
                with("UNHCR", "Humanitarian Coordination Section"),
                "Liberia Refugee Repatriation and Resettlement Commission (LRRRC)",
                ASSESSED,
                1_200_000L,
                "2004-11-01",
                "2006-06-30",
                IMMEDIATE,
                ON_TRACK);

        s.unlinked()
                .task(
                        "Quick-impact projects in county capitals",
                        "Small works chosen with the superintendents; not yet tied to an objective of the framework.",
                        null,
                        "Civil Affairs",
                        with("Division of Mission Support"),
                        "County superintendents",
                        ASSESSED,
                        1_000_000L,
                        "2004-06-01",
                        "2006-06-30",
                        IMMEDIATE,
                        ON_TRACK);
        s.benchmark("All camps for displaced people closed", "2006-04-20", false, true);

        s.risk(
                        "Reintegration funding gap leaves ex-combatants idle and open to re-recruitment",
                        null,
                        HIGH,
                        HIGH,
                        "Raise the trust fund's gap at every donor meeting; bridge with quick-impact projects.",
                        "UNDP")
                .risk(
                        "Armed escorts for return convoys blur the line between the mission and humanitarian actors",
                        Dilemma.HUMANITARIAN_SPACE,
                        MEDIUM,
                        MEDIUM,
                        "Escorts only at UNHCR's request and as a last resort, under the civil-military guidelines.",
                        "Humanitarian Coordination Section")
                .risk(
                        "Police recruits vetted in haste let abusers of the war years into the new police",
                        Dilemma.HUMAN_RIGHTS,
                        MEDIUM,
                        HIGH,
                        "Independent vetting with the Human Rights Section; no numbers target overrides vetting.",
                        "Police component")
                .risk(
                        "International staff run courts and prisons instead of Liberian institutions",
                        Dilemma.LOCAL_OWNERSHIP,
                        MEDIUM,
                        MEDIUM,
                        "Mentoring rather than substitution; a hand-over date for each function.",
                        "Rule of Law")
                .risk(
                        "Renewed fighting in Lofa County along the border with Guinea",
                        null,
                        LOW,
                        HIGH,
                        "Border patrols and joint assessments with the Joint Mission Analysis Centre.",
                        "Military component");
    }

    static void concept(DemoPlanScript s) {
        s.objective(
                "A secure environment across Liberia",
                Dimension.SECURITY,
                "Deploy throughout the country and separate the factions.");
        s.result("Mission deployed to all sectors", null)
                .indicator(
                        "Counties with an UNMIL presence",
                        "counties",
                        1,
                        "2003-10-01",
                        15,
                        "2004-06-30",
                        "Joint Operations Centre",
                        MONTHLY,
                        "2004-03-31",
                        11,
                        "2004-06-30",
                        15);
        s.task(
                "Deploy the force to all four sectors",
                null,
                null,
                "Military component",
                with("Joint Operations Centre"),
                "National Transitional Government of Liberia",
                ASSESSED,
                90_000_000L,
                "2003-10-01",
                "2004-06-30",
                IMMEDIATE,
                DONE);
        s.objective("Disarmament under way", Dimension.SECURITY, null);
        s.result("DDRR programme launched", null);
        s.task(
                "Prepare the cantonment sites with UNDP",
                null,
                DDR,
                "DDRR Section",
                with("UNDP"),
                "National Commission on DDRR (NCDDRR)",
                ASSESSED,
                4_000_000L,
                "2003-11-01",
                "2004-04-15",
                IMMEDIATE,
                DONE);
        s.benchmark("Disarmament restarted after the December 2003 suspension", "2004-04-15", false, true);
    }
}
