package org.missionplanner.demo;

import static org.missionplanner.demo.DemoPlanScript.with;
import static org.missionplanner.mission.MandateCategory.DDR;
import static org.missionplanner.mission.MandateCategory.ELECTIONS;
import static org.missionplanner.plan.FundingSource.ASSESSED;
import static org.missionplanner.plan.FundingSource.UNFUNDED;
import static org.missionplanner.plan.FundingSource.VOLUNTARY;
import static org.missionplanner.plan.TaskStatus.NOT_STARTED;
import static org.missionplanner.plan.TaskStatus.ON_TRACK;
import static org.missionplanner.plan.TimeHorizon.IMMEDIATE;
import static org.missionplanner.plan.TimeHorizon.POLITICAL_TIMETABLE;

import java.util.Map;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanSeeding;

/**
 * The chain of plans in the demo: a component plan of UNMIL and one of MONUC, each deriving from its
 * mission's integrated strategic framework, with tasks that contribute to the framework's results
 * (and one that contributes to none, which the framework's coherence report shows). Seeded after
 * the frameworks, each in the transaction of its plan.
 */
final class DemoPlanChain {

    static final PlanDetails UNMIL_DDRR = new PlanDetails(
            PlanKind.COMPONENT_PLAN,
            "DDRR Section work plan 2004–2005",
            DemoPlanScript.day("2004-04-01"),
            DemoPlanScript.day("2005-12-31"),
            "The DDRR Section's share of the integrated strategic framework: combatants disarmed, demobilised and "
                    + "on their way to a livelihood.",
            DemoPlans.ILLUSTRATIVE + "A component plan deriving from the integrated strategic framework.");

    static final PlanDetails MONUC_ELECTORAL = new PlanDetails(
            PlanKind.COMPONENT_PLAN,
            "Electoral Division work plan 2006",
            DemoPlanScript.day("2006-01-01"),
            DemoPlanScript.day("2006-12-31"),
            "The Electoral Division's share of the framework: the 2006 elections delivered on the political "
                    + "timetable.",
            DemoPlans.ILLUSTRATIVE + "A component plan deriving from the integrated strategic framework.");

    private DemoPlanChain() {}

    static void unmil(PlanSeeding seeding, long missionId, DemoPlanScript s) {
        Map<String, Long> isf = derive(seeding, missionId, DemoPlansUnmil.ISF, s);
        s.objective("Combatants disarmed and demobilised on schedule", Dimension.SECURITY, null)
                .result("Cantonment sites open and staffed", null);
        long sites = s.task(
                "Staff the cantonment sites with DDRR officers",
                "Two DDRR officers and a medical team per site.",
                DDR,
                "DDRR Section",
                with("Military component"),
                "National Commission on DDRR (NCDDRR)",
                ASSESSED,
                1_200_000L,
                "2004-04-01",
                "2004-10-31",
                IMMEDIATE,
                ON_TRACK);
        long register = s.task(
                "Register and profile demobilised combatants",
                "The profiling feeds the reintegration programme.",
                DDR,
                "DDRR Section",
                with("UNDP"),
                "National Commission on DDRR (NCDDRR)",
                VOLUNTARY,
                400_000L,
                "2004-04-15",
                "2005-02-28",
                IMMEDIATE,
                ON_TRACK);
        s.unlinked();
        s.task(
                "Refurbish the DDRR Section's offices in Monrovia",
                null,
                null,
                "DDRR Section",
                with(),
                null,
                UNFUNDED,
                null,
                "2004-05-01",
                "2004-07-31",
                IMMEDIATE,
                NOT_STARTED);
        contribute(seeding, s, sites, isf, "Combatants of all factions disarmed and demobilised");
        contribute(seeding, s, register, isf, "Combatants of all factions disarmed and demobilised");
    }

    static void monuc(PlanSeeding seeding, long missionId, DemoPlanScript s) {
        Map<String, Long> isf = derive(seeding, missionId, DemoPlansMonuc.ISF, s);
        s.objective("Electoral operations delivered on the timetable", Dimension.POLITICAL, null)
                .result("Materials and staff at every polling centre", null);
        long hubs = s.task(
                "Run the 14 electoral logistics hubs",
                "Warehousing and onward dispatch to the sub-hubs.",
                ELECTIONS,
                "Electoral Division",
                with("Division of Mission Support"),
                "Independent Electoral Commission (CEI)",
                ASSESSED,
                8_000_000L,
                "2006-01-01",
                "2006-11-30",
                POLITICAL_TIMETABLE,
                ON_TRACK);
        long trainers = s.task(
                "Train the trainers of polling staff",
                null,
                ELECTIONS,
                "Electoral Division",
                with("UNDP"),
                "Independent Electoral Commission (CEI)",
                VOLUNTARY,
                600_000L,
                "2006-02-01",
                "2006-06-30",
                POLITICAL_TIMETABLE,
                ON_TRACK);
        contribute(seeding, s, hubs, isf, "Voters registered and the 2006 elections held");
        contribute(seeding, s, trainers, isf, "Voters registered and the 2006 elections held");
    }

    /** The plan derives from the mission's framework; returns the framework's results by title. */
    private static Map<String, Long> derive(PlanSeeding seeding, long missionId, PlanDetails isf, DemoPlanScript s) {
        long isfId = seeding.planId(missionId, isf.title()).orElseThrow();
        seeding.deriveFrom(s.planId(), isfId);
        return seeding.resultIds(isfId);
    }

    private static void contribute(
            PlanSeeding seeding, DemoPlanScript s, long taskId, Map<String, Long> isf, String result) {
        Long resultId = isf.get(result);
        if (resultId != null) {
            seeding.contribute(s.planId(), taskId, resultId);
        }
    }
}
