package org.missionplanner.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.coordination.OverdueAction;
import org.missionplanner.mission.MandateDates.ResolutionDates;
import org.missionplanner.plan.PlanDates.BenchmarkDue;
import org.missionplanner.plan.PlanDates.Period;
import org.missionplanner.review.ReviewDecisionDates.Decision;

/**
 * Turns what the other modules hold into the dated milestones of a calendar, within a range, in
 * date order. Pure: no database, no clock, so that every rule is tested on its own.
 */
final class MilestoneAssembler {

    /** Peacekeeping budgets run from 1 July to 30 June. */
    static final MonthDay BUDGET_YEAR_START = MonthDay.of(7, 1);

    static final int MAX_SUBJECT = 120;

    private static final Comparator<Milestone> ORDER = Comparator.comparing(Milestone::date)
            .thenComparing(m -> m.missionAcronym() == null ? "" : m.missionAcronym())
            .thenComparing(Milestone::kind)
            .thenComparing(Milestone::uid);

    private MilestoneAssembler() {}

    /**
     * The milestones within the range, earliest first. {@code missionLink} is the page a budget year
     * links to (the mission's page in a mission's calendar, the calendar itself across missions).
     */
    static List<Milestone> assemble(MilestoneSources sources, CalendarRange range, ZoneId zone, String budgetLink) {
        List<Milestone> all = new ArrayList<>();
        Map<Long, String> acronyms = sources.acronyms();
        for (StageView stage : sources.stages()) {
            String acronym = acronyms.get(stage.missionId());
            String link = "/missions/" + stage.missionId() + "/calendar#stage-" + stage.id();
            if (stage.startsOn() != null) {
                all.add(new Milestone(
                        "stage-" + stage.id() + "-start",
                        stage.startsOn(),
                        MilestoneKind.STAGE_START,
                        stage.name() + " begins",
                        stage.name(),
                        stage.owner(),
                        link,
                        stage.missionId(),
                        acronym));
            }
            all.add(new Milestone(
                    "stage-" + stage.id() + "-end",
                    stage.endsOn(),
                    MilestoneKind.STAGE_END,
                    stage.name() + (stage.startsOn() == null ? " due" : " ends"),
                    stage.name(),
                    stage.owner(),
                    link,
                    stage.missionId(),
                    acronym));
        }
        for (ResolutionDates resolution : sources.resolutions()) {
            long missionId = resolution.missionId();
            String acronym = acronyms.get(missionId);
            String link = "/missions/" + missionId + "/mandate";
            String uid = "resolution-" + resolution.resolutionId();
            all.add(new Milestone(
                    uid + "-adopted",
                    resolution.adoptedOn(),
                    MilestoneKind.RESOLUTION_ADOPTED,
                    "Security Council adopts " + resolution.symbol(),
                    resolution.symbol(),
                    null,
                    link,
                    missionId,
                    acronym));
            if (resolution.expiresOn() != null) {
                all.add(new Milestone(
                        uid + "-expiry",
                        resolution.expiresOn(),
                        MilestoneKind.MANDATE_EXPIRY,
                        "Mandate expires (" + resolution.symbol() + ")",
                        resolution.symbol(),
                        null,
                        link,
                        missionId,
                        acronym));
            }
            for (LocalDate due : resolution.reportDueDates()) {
                all.add(new Milestone(
                        uid + "-report-" + due,
                        due,
                        MilestoneKind.SG_REPORT_DUE,
                        "Secretary-General's report due (" + resolution.symbol() + ")",
                        resolution.symbol(),
                        null,
                        link,
                        missionId,
                        acronym));
            }
        }
        Map<Long, Period> plans = new HashMap<>();
        for (Period plan : sources.periods()) {
            plans.put(plan.planId(), plan);
            String acronym = acronyms.get(plan.missionId());
            String link = "/plans/" + plan.planId();
            if (plan.start() != null) {
                all.add(new Milestone(
                        "plan-" + plan.planId() + "-start",
                        plan.start(),
                        MilestoneKind.PLAN_START,
                        "Plan period begins: " + plan.title(),
                        plan.title(),
                        null,
                        link,
                        plan.missionId(),
                        acronym));
            }
            if (plan.end() != null) {
                all.add(new Milestone(
                        "plan-" + plan.planId() + "-end",
                        plan.end(),
                        MilestoneKind.PLAN_END,
                        "Plan period ends: " + plan.title(),
                        plan.title(),
                        null,
                        link,
                        plan.missionId(),
                        acronym));
            }
        }
        for (BenchmarkDue benchmark : sources.benchmarks()) {
            String subject = shorten(benchmark.description());
            String link = benchmark.objectiveId() == null
                    ? "/plans/" + benchmark.planId() + "#benchmark-" + benchmark.benchmarkId()
                    : "/plans/" + benchmark.planId() + "/objectives/" + benchmark.objectiveId() + "/outline#benchmark-"
                            + benchmark.benchmarkId();
            all.add(new Milestone(
                    "benchmark-" + benchmark.benchmarkId(),
                    benchmark.dueOn(),
                    MilestoneKind.BENCHMARK_DUE,
                    "Benchmark due: " + subject + (benchmark.achieved() ? " (achieved)" : ""),
                    subject,
                    benchmark.planTitle(),
                    link,
                    benchmark.missionId(),
                    acronyms.get(benchmark.missionId())));
        }
        for (Decision decision : sources.decisions()) {
            Period plan = plans.get(decision.planId());
            if (plan == null || decision.decidedAt() == null) {
                continue;
            }
            all.add(new Milestone(
                    "plan-" + decision.planId() + "-version-" + decision.versionNumber(),
                    decision.decidedAt().atZone(zone).toLocalDate(),
                    decision.approved() ? MilestoneKind.PLAN_APPROVED : MilestoneKind.PLAN_RETURNED,
                    (decision.approved() ? "Plan approved: " : "Plan returned: ") + plan.title() + " (version "
                            + decision.versionNumber() + ")",
                    plan.title(),
                    decision.decidedBy(),
                    "/plans/" + decision.planId() + "/versions",
                    plan.missionId(),
                    acronyms.get(plan.missionId())));
        }
        for (OverdueAction action : sources.overdue()) {
            String subject = shorten(action.description());
            all.add(new Milestone(
                    "action-" + action.id(),
                    action.dueOn(),
                    MilestoneKind.ACTION_OVERDUE,
                    "Action overdue: " + subject,
                    subject,
                    action.bodyName(),
                    "/missions/" + action.missionId() + "/coordination/bodies/" + action.bodyId(),
                    action.missionId(),
                    acronyms.getOrDefault(action.missionId(), action.missionAcronym())));
        }
        List<Milestone> inRange = new ArrayList<>(all.stream()
                .filter(m -> m.date() != null && range.contains(m.date()))
                .toList());
        inRange.addAll(budgetYears(range, budgetLink));
        inRange.sort(ORDER);
        return List.copyOf(inRange);
    }

    /** Every 1 July within the range, as the start of a peacekeeping budget year. */
    static List<Milestone> budgetYears(CalendarRange range, String link) {
        List<Milestone> years = new ArrayList<>();
        LocalDate first = BUDGET_YEAR_START.atYear(range.from().getYear());
        if (first.isBefore(range.from())) {
            first = first.plusYears(1);
        }
        for (LocalDate day = first; !day.isAfter(range.to()); day = day.plusYears(1)) {
            String label = day.getYear() + "/" + String.format("%02d", (day.getYear() + 1) % 100);
            years.add(new Milestone(
                    "budget-year-" + day.getYear(),
                    day,
                    MilestoneKind.BUDGET_YEAR,
                    "Peacekeeping budget year " + label + " begins",
                    label,
                    null,
                    link,
                    null,
                    null));
        }
        return years;
    }

    /** The dates the data holds (before any range), to choose a range that shows them. */
    static List<LocalDate> dataDates(MilestoneSources sources, ZoneId zone) {
        List<LocalDate> dates = new ArrayList<>();
        sources.stages().forEach(s -> {
            dates.add(s.startsOn());
            dates.add(s.endsOn());
        });
        sources.resolutions().forEach(r -> {
            dates.add(r.adoptedOn());
            dates.add(r.expiresOn());
            dates.addAll(r.reportDueDates());
        });
        sources.periods().forEach(p -> {
            dates.add(p.start());
            dates.add(p.end());
        });
        sources.benchmarks().forEach(b -> dates.add(b.dueOn()));
        sources.decisions()
                .forEach(d -> dates.add(
                        d.decidedAt() == null
                                ? null
                                : d.decidedAt().atZone(zone).toLocalDate()));
        sources.overdue().forEach(a -> dates.add(a.dueOn()));
        return dates.stream().filter(java.util.Objects::nonNull).toList();
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_SUBJECT
                ? line
                : line.substring(0, MAX_SUBJECT - 1).strip() + "…";
    }
}
