package org.missionplanner.plan;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small plan for the matrix and timeline tests, written in SQL into a {@link PlanWorld}: two
 * objectives (security; rule of law) with a result each, four tasks and two benchmarks. The period
 * is this year and next, so today falls inside it.
 * <ul>
 * <li>"Disarm & demobilise <combatants>": security, DDR leads, police and the organisation support;
 * assessed, 1,000 USD; immediate.</li>
 * <li>"Train the national police": security, police leads, DDR supports; voluntary, 2,500 USD;
 * political timetable.</li>
 * <li>"Reform the courts": rule of law, the organisation leads; Peacebuilding Fund, 500 USD; long term.</li>
 * <li>"Survey the returns": unlinked, nobody leads, unfunded, no dates.</li>
 * </ul>
 * The head of mission's unit leads and supports nothing.
 */
public record MatrixPlan(
        long planId,
        long securityId,
        long ruleOfLawId,
        long disarmId,
        long trainId,
        long courtsId,
        long surveyId,
        LocalDate periodStart,
        LocalDate periodEnd) {

    public static final String DISARM = "Disarm & demobilise <combatants>";

    public static MatrixPlan create(JdbcTemplate jdbc, PlanWorld world) {
        LocalDate start = LocalDate.now().withDayOfYear(1);
        LocalDate end = start.plusYears(2).minusDays(1);
        long plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status, shared_vision)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Matrix test ISF', ?, ?, 'DRAFT', 'Peace') returning id""", Long.class, world.missionId(), start, end);
        long security = objective(jdbc, plan, 1, "Security sector stabilised", "SECURITY");
        long ruleOfLaw = objective(jdbc, plan, 2, "Justice within reach", "RULE_OF_LAW");
        long securityResult = result(jdbc, plan, security, "Combatants disarmed");
        long ruleOfLawResult = result(jdbc, plan, ruleOfLaw, "Courts open");
        long disarm = task(
                jdbc,
                plan,
                security,
                securityResult,
                1,
                DISARM,
                world.ddrUnitId(),
                null,
                "ASSESSED",
                "1000",
                start.plusMonths(1),
                start.plusMonths(5),
                "IMMEDIATE");
        supporter(jdbc, disarm, 0, world.policeUnitId(), null);
        supporter(jdbc, disarm, 1, null, world.organisationId());
        long train = task(
                jdbc,
                plan,
                security,
                null,
                2,
                "Train the national police",
                world.policeUnitId(),
                null,
                "VOLUNTARY",
                "2500",
                start.plusMonths(3),
                start.plusMonths(14),
                "POLITICAL_TIMETABLE");
        supporter(jdbc, train, 0, world.ddrUnitId(), null);
        long courts = task(
                jdbc,
                plan,
                ruleOfLaw,
                ruleOfLawResult,
                3,
                "Reform the courts",
                null,
                world.organisationId(),
                "PEACEBUILDING_FUND",
                "500",
                start.plusMonths(6),
                end.minusMonths(1),
                "LONG_TERM");
        long survey = task(
                jdbc, plan, null, null, 4, "Survey the returns", null, null, "UNFUNDED", null, null, null, "IMMEDIATE");
        jdbc.update("""
                insert into plan_benchmark (plan_id, objective_id, position, description, due_on, transition)
                values (?, ?, 1, 'Cantonment sites closed', ?, false), (?, ?, 2, 'Police take over security', ?, true)""", plan, security, start.plusMonths(6), plan, ruleOfLaw, start.plusMonths(20));
        return new MatrixPlan(plan, security, ruleOfLaw, disarm, train, courts, survey, start, end);
    }

    private static long objective(JdbcTemplate jdbc, long plan, int position, String title, String dimension) {
        return jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, ?, ?, ?) returning id""", Long.class, plan, position, title, dimension);
    }

    private static long result(JdbcTemplate jdbc, long plan, long objective, String title) {
        return jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title)
                values (?, ?, (select coalesce(max(position), 0) + 1 from plan_result where plan_id = ?), ?)
                returning id""", Long.class, plan, objective, plan, title);
    }

    private static long task(
            JdbcTemplate jdbc,
            long plan,
            Long objective,
            Long result,
            int position,
            String title,
            Long leadUnit,
            Long leadOrganisation,
            String funding,
            String amount,
            LocalDate startOn,
            LocalDate endOn,
            String horizon) {
        return jdbc.queryForObject(
                """
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id,
                       lead_organisation_id, funding_source, amount, currency, start_on, end_on, horizon)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::numeric, ?, ?, ?, ?) returning id""",
                Long.class,
                plan,
                objective,
                result,
                position,
                title,
                leadUnit,
                leadOrganisation,
                funding,
                amount,
                amount == null ? null : "USD",
                startOn,
                endOn,
                horizon);
    }

    private static void supporter(JdbcTemplate jdbc, long task, int position, Long unit, Long organisation) {
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, unit_id, organisation_id) values (?, ?, ?, ?)",
                task,
                position,
                unit,
                organisation);
    }
}
