package org.missionplanner.plan;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small DDR and rule-of-law plan in a {@link PlanWorld}, with a mandate in force, for the coherence
 * and monitoring tests. Two objectives (security with one result and two indicators, one on track and
 * one whose target date has passed short of the target; rule of law without results) and four tasks:
 * <ol>
 * <li>"Canton and disarm ex-combatants": result, DDR Section leads with UNPOL, national counterpart,
 * assessed USD 1,200,000, immediate, on track, mandated DDR;</li>
 * <li>"Pay reintegration grants": result, the organisation leads, voluntary USD 800,000, long term, at
 * risk, mandated DDR;</li>
 * <li>"Train magistrates": rule-of-law objective, head of mission leads, national counterpart,
 * Peacebuilding Fund USD 300,000, political timetable, not started, mandated rule of law;</li>
 * <li>"Community radio on reconciliation": unlinked, no lead, unfunded, immediate, not started.</li>
 * </ol>
 * The mandate in force lists DDR, rule of law and elections: elections are not covered.
 */
public record CoherencePlan(
        long planId,
        long securityObjectiveId,
        long ruleOfLawObjectiveId,
        long resultId,
        long indicatorId,
        long cantonTaskId,
        long grantsTaskId,
        long magistratesTaskId,
        long radioTaskId) {

    public static CoherencePlan create(JdbcTemplate jdbc, PlanWorld world) {
        long plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status, shared_vision)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Integrated strategic framework 2026-2027', date '2026-01-01',
                        date '2027-12-31', 'DRAFT', 'A secure Liberia under the rule of law') returning id""", Long.class, world.missionId());
        long security = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 1,
                'Disarm, demobilise and reintegrate ex-combatants', 'SECURITY') returning id""", Long.class, plan);
        long ruleOfLaw = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 2,
                'Restore the justice chain', 'RULE_OF_LAW') returning id""", Long.class, plan);
        long result = jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1,
                'Ex-combatants reintegrated into their communities') returning id""", Long.class, plan, security);
        long indicator = jdbc.queryForObject("""
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, baseline_on,
                       target_value, target_on, data_source, frequency)
                values (?, ?, 1, 'Ex-combatants enrolled in reintegration programmes', 'people', 0, current_date - 100,
                        10000, current_date + 600, 'National Commission on DDR', 'QUARTERLY') returning id""", Long.class, plan, result);
        jdbc.update("""
                insert into indicator_measurement (plan_id, indicator_id, value, measured_on, note, recorded_by)
                values (?, ?, 2500, current_date - 10, 'First cantonment phase', 'fixture')""", plan, indicator);
        long weapons = jdbc.queryForObject("""
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, baseline_on,
                       target_value, target_on, data_source, frequency)
                values (?, ?, 2, 'Small arms handed in at cantonment sites', 'weapons', 0, current_date - 400, 20000,
                        current_date - 30, 'UNMIL DDR Section', 'MONTHLY') returning id""", Long.class, plan, result);
        jdbc.update("""
                insert into indicator_measurement (plan_id, indicator_id, value, measured_on, recorded_by)
                values (?, ?, 6000, current_date - 60, 'fixture')""", plan, weapons);
        long canton = task(
                jdbc,
                plan,
                security,
                result,
                1,
                "Canton and disarm ex-combatants",
                world.ddrUnitId(),
                null,
                "National Commission on DDR",
                "ASSESSED",
                "1200000",
                "IMMEDIATE",
                "ON_TRACK",
                "DDR");
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, unit_id) values (?, 0, ?)",
                canton,
                world.policeUnitId());
        long grants = task(
                jdbc,
                plan,
                security,
                result,
                2,
                "Pay reintegration grants",
                null,
                world.organisationId(),
                null,
                "VOLUNTARY",
                "800000",
                "LONG_TERM",
                "AT_RISK",
                "DDR");
        long magistrates = task(
                jdbc,
                plan,
                ruleOfLaw,
                null,
                3,
                "Train magistrates",
                world.headUnitId(),
                null,
                "Ministry of Justice",
                "PEACEBUILDING_FUND",
                "300000",
                "POLITICAL_TIMETABLE",
                "NOT_STARTED",
                "RULE_OF_LAW");
        long radio = task(
                jdbc,
                plan,
                null,
                null,
                4,
                "Community radio on reconciliation",
                null,
                null,
                null,
                "UNFUNDED",
                null,
                "IMMEDIATE",
                "NOT_STARTED",
                null);
        long resolution = jdbc.queryForObject("""
                insert into resolution (mission_id, symbol, adopted_on, expires_on) values (?, 'S/RES/1509 (2003)',
                date '2025-09-19', null) returning id""", Long.class, world.missionId());
        String[] categories = {"DDR", "RULE_OF_LAW", "ELECTIONS"};
        for (int i = 0; i < categories.length; i++) {
            jdbc.update("""
                    insert into mandated_task (resolution_id, position, category, modality) values (?, ?, ?, 'ASSIST_SUPPORT')""", resolution, i, categories[i]);
        }
        return new CoherencePlan(plan, security, ruleOfLaw, result, indicator, canton, grants, magistrates, radio);
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
            String counterpart,
            String funding,
            String amount,
            String horizon,
            String status,
            String category) {
        return jdbc.queryForObject(
                """
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id, lead_organisation_id,
                       national_counterpart, funding_source, amount, currency, start_on, end_on, horizon, status,
                       mandate_category)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as numeric), ?, date '2026-02-01', date '2027-06-30', ?, ?, ?)
                returning id""",
                Long.class,
                plan,
                objective,
                result,
                position,
                title,
                leadUnit,
                leadOrganisation,
                counterpart,
                funding,
                amount,
                amount == null ? null : "USD",
                horizon,
                status,
                category);
    }
}
