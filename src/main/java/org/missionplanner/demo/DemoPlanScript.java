package org.missionplanner.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.missionplanner.actor.Party;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.monitoring.MeasurementDetails;
import org.missionplanner.monitoring.MonitoringSeeding;
import org.missionplanner.monitoring.StatusUpdateDetails;
import org.missionplanner.plan.BenchmarkDetails;
import org.missionplanner.plan.Dilemma;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingLine;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.IndicatorDetails;
import org.missionplanner.plan.IndicatorFrequency;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanSeeding;
import org.missionplanner.plan.ResultDetails;
import org.missionplanner.plan.RiskDetails;
import org.missionplanner.plan.RiskLevel;
import org.missionplanner.plan.TaskDetails;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TimeHorizon;

/**
 * Writes one demo plan top-down: an objective, then its results, each result's indicators and
 * tasks, in the order a planner reads them. Actors are named as the demo structures and the
 * registry name them (a unit's name or an organisation's acronym); a unit the mission no longer
 * has falls back to the head of mission, so that an edited structure never stops the start.
 */
final class DemoPlanScript {

    static final String RECORDED_BY = "demo";

    private final PlanSeeding seeding;
    private final MonitoringSeeding monitoring;
    private final long planId;
    private final Map<String, Party> actors;
    private final Party fallback;
    private final Map<String, Long> nationalActors;
    private final Map<String, Long> nationalPriorities;
    private Long objectiveId;
    private Long resultId;

    DemoPlanScript(
            PlanSeeding seeding, MonitoringSeeding monitoring, long planId, Map<String, Party> actors, Party fallback) {
        this(seeding, monitoring, planId, actors, fallback, Map.of(), Map.of());
    }

    /**
     * A script whose tasks name as counterparts the national actors their counterpart text names
     * ({@code nationalActors} by lower-case name, acronym or "name (ACRONYM)"), and whose objectives
     * may be aligned with national priorities ({@code nationalPriorities} by "plan title#code").
     */
    DemoPlanScript(
            PlanSeeding seeding,
            MonitoringSeeding monitoring,
            long planId,
            Map<String, Party> actors,
            Party fallback,
            Map<String, Long> nationalActors,
            Map<String, Long> nationalPriorities) {
        this.seeding = seeding;
        this.monitoring = monitoring;
        this.planId = planId;
        this.actors = actors;
        this.fallback = fallback;
        this.nationalActors = nationalActors;
        this.nationalPriorities = nationalPriorities;
    }

    long planId() {
        return planId;
    }

    DemoPlanScript objective(String title, Dimension dimension, String description) {
        objectiveId = seeding.add(PartKind.OBJECTIVE, planId, new ObjectiveDetails(title, dimension, description));
        resultId = null;
        return this;
    }

    /**
     * An objective aligned with a priority of a national plan, {@code "plan title#code"}; when the
     * country's plan is not recorded, the objective is simply not aligned.
     */
    DemoPlanScript objective(String title, Dimension dimension, String description, String nationalPriority) {
        objectiveId = seeding.add(
                PartKind.OBJECTIVE,
                planId,
                new ObjectiveDetails(title, dimension, description, nationalPriorities.get(nationalPriority)));
        resultId = null;
        return this;
    }

    /** The national actors a counterpart text names, one or several separated by commas. */
    private List<Long> counterpartsIn(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\s*[,;]\\s*"))
                .map(name -> nationalActors.get(name.trim().toLowerCase(java.util.Locale.ROOT)))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    DemoPlanScript result(String title, String description) {
        resultId = seeding.add(PartKind.RESULT, planId, new ResultDetails(objectiveId, title, description));
        return this;
    }

    /** Tasks added after this serve the current objective directly, under none of its results. */
    DemoPlanScript directlyUnderObjective() {
        resultId = null;
        return this;
    }

    /** Tasks added after this serve no objective at all: the plan's unlinked work. */
    DemoPlanScript unlinked() {
        objectiveId = null;
        resultId = null;
        return this;
    }

    /** An indicator with its measurements, each given as a date and a value: "2005-06-30", 1200, ... */
    DemoPlanScript indicator(
            String definition,
            String unit,
            double baseline,
            String baselineOn,
            double target,
            String targetOn,
            String source,
            IndicatorFrequency frequency,
            Object... measurements) {
        long id = seeding.add(
                PartKind.INDICATOR,
                planId,
                new IndicatorDetails(
                        resultId,
                        definition,
                        unit,
                        number(baseline),
                        day(baselineOn),
                        number(target),
                        day(targetOn),
                        source,
                        frequency));
        for (int i = 0; i + 1 < measurements.length; i += 2) {
            LocalDate on = day((String) measurements[i]);
            monitoring.recordMeasurement(
                    planId,
                    id,
                    new MeasurementDetails(number(((Number) measurements[i + 1]).doubleValue()), on, null),
                    RECORDED_BY,
                    recordedAt(on));
        }
        return this;
    }

    /** Adds a task; returns its id so that a status report can follow. */
    long task(
            String title,
            String description,
            MandateCategory mandate,
            String lead,
            List<String> supporters,
            String counterpart,
            FundingSource funding,
            Long amount,
            String start,
            String end,
            TimeHorizon horizon,
            TaskStatus status) {
        return task(
                title,
                description,
                mandate,
                lead,
                supporters,
                counterpart,
                funding,
                amount,
                start,
                end,
                horizon,
                status,
                List.of());
    }

    /** Adds a task with its funding by source (required, pledged, disbursed, in USD). */
    long task(
            String title,
            String description,
            MandateCategory mandate,
            String lead,
            List<String> supporters,
            String counterpart,
            FundingSource funding,
            Long amount,
            String start,
            String end,
            TimeHorizon horizon,
            TaskStatus status,
            List<FundingLine> bySource) {
        return seeding.add(
                PartKind.TASK,
                planId,
                new TaskDetails(
                        title,
                        description,
                        objectiveId,
                        resultId,
                        mandate,
                        actor(lead),
                        supporters.stream()
                                .map(this::actor)
                                .filter(p -> !p.equals(actor(lead)))
                                .distinct()
                                .toList(),
                        counterpart,
                        funding,
                        amount == null ? null : BigDecimal.valueOf(amount),
                        amount == null ? null : "USD",
                        day(start),
                        day(end),
                        horizon,
                        status,
                        bySource,
                        counterpartsIn(counterpart)));
    }

    /** What one source is asked for, has pledged and has disbursed, in USD. */
    static FundingLine funded(FundingSource source, long required, long pledged, long disbursed) {
        return new FundingLine(
                source, BigDecimal.valueOf(required), BigDecimal.valueOf(pledged), BigDecimal.valueOf(disbursed));
    }

    void statusReport(long taskId, TaskStatus status, String reportedOn, String narrative) {
        monitoring.recordStatusUpdate(
                planId, taskId, new StatusUpdateDetails(status, narrative), RECORDED_BY, recordedAt(day(reportedOn)));
    }

    /** A benchmark of the current objective, or of the plan as a whole after {@link #unlinked()}. */
    DemoPlanScript benchmark(String description, String dueOn, boolean transition, boolean achieved) {
        seeding.add(
                PartKind.BENCHMARK,
                planId,
                new BenchmarkDetails(objectiveId, description, day(dueOn), transition, achieved));
        return this;
    }

    DemoPlanScript risk(
            String description,
            Dilemma dilemma,
            RiskLevel likelihood,
            RiskLevel impact,
            String mitigation,
            String owner) {
        seeding.add(
                PartKind.RISK,
                planId,
                new RiskDetails(description, dilemma, likelihood, impact, mitigation, actor(owner)));
        return this;
    }

    static List<String> with(String... supporters) {
        return Arrays.asList(supporters);
    }

    private Party actor(String name) {
        return actors.getOrDefault(name, fallback);
    }

    private static BigDecimal number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }

    static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant recordedAt(LocalDate day) {
        return day.plusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
