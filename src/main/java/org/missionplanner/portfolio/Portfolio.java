package org.missionplanner.portfolio;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.missionplanner.coordination.OverdueActions;
import org.missionplanner.mission.MissionPortfolioFacts;
import org.missionplanner.mission.MissionPortfolioFacts.MissionWithMandate;
import org.missionplanner.mission.MissionView;
import org.missionplanner.mission.OchaPosition;
import org.missionplanner.partner.PartnershipPrinciples;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.PlanPortfolioFigures;
import org.missionplanner.plan.PlanPortfolioFigures.CurrencyGap;
import org.missionplanner.plan.PlanPortfolioFigures.PlanFigures;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.plan.VersionInForce;
import org.missionplanner.review.InboxEntry;
import org.missionplanner.review.ReviewQueries;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.structure.IntegrationCheck;
import org.missionplanner.structure.IntegrationCheckService;
import org.missionplanner.structure.IntegrationCheckState;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HQ portfolio: every mission the user may see (HQ reviewers and administrators: all; others:
 * their missions) with its figures, read through each owning module's bulk reader: a fixed number
 * of statements whatever the number of missions, plans, tasks or partnerships.
 */
@Service
@Transactional(readOnly = true)
public class Portfolio {

    /** When several plans are approved, the kind that is "the" plan in force first. */
    private static final List<PlanKind> IN_FORCE_PREFERENCE = List.of(
            PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
            PlanKind.MISSION_CONCEPT,
            PlanKind.TRANSITION_PLAN,
            PlanKind.STRATEGIC_ASSESSMENT,
            PlanKind.COMPONENT_PLAN);

    private final MissionPortfolioFacts missions;
    private final ReviewQueries reviews;
    private final PlanPortfolioFigures plans;
    private final PlanOutlines outlines;
    private final IntegrationCheckService checks;
    private final PartnershipPrinciples partnerships;
    private final OverdueActions overdue;
    private final MissionAccess access;
    private final Clock clock;

    Portfolio(
            MissionPortfolioFacts missions,
            ReviewQueries reviews,
            PlanPortfolioFigures plans,
            PlanOutlines outlines,
            IntegrationCheckService checks,
            PartnershipPrinciples partnerships,
            OverdueActions overdue,
            MissionAccess access,
            Clock clock) {
        this.missions = missions;
        this.reviews = reviews;
        this.plans = plans;
        this.outlines = outlines;
        this.checks = checks;
        this.partnerships = partnerships;
        this.overdue = overdue;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rows of the missions the user may see that pass the filter, in the order asked. */
    public List<PortfolioRow> rows(
            Authentication authentication, PortfolioFilter filter, PortfolioSort sort, boolean descending) {
        return all(authentication).stream()
                .filter(filter::matches)
                .sorted(sort.comparator(descending))
                .toList();
    }

    /** The plans awaiting an HQ decision in the missions the user may see, the one waiting longest first. */
    public List<InboxEntry> reviewQueue(Authentication authentication) {
        return reviews.awaitingDecision(access.visibleMissions(authentication));
    }

    /** Every visible mission's row, by acronym. */
    List<PortfolioRow> all(Authentication authentication) {
        List<MissionWithMandate> visible = missions.visible(authentication);
        if (visible.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        ZoneId zone = clock.getZone();
        Set<Long> ids = visible.stream().map(m -> m.mission().id()).collect(Collectors.toSet());

        Map<Long, List<InboxEntry>> awaiting = reviews.awaitingDecision(access.visibleMissions(authentication)).stream()
                .filter(e -> ids.contains(e.missionId()))
                .collect(Collectors.groupingBy(InboxEntry::missionId));
        Map<Long, List<PlanFigures>> planFigures =
                plans.ofMissions(ids).stream().collect(Collectors.groupingBy(PlanFigures::missionId));
        Map<Long, VersionInForce> inForce = outlines.inForce(planFigures.values().stream()
                .flatMap(List::stream)
                .map(PlanFigures::planId)
                .toList());
        Map<Long, OchaPosition> models = new LinkedHashMap<>();
        visible.forEach(m -> models.put(m.mission().id(), m.mission().ochaPosition()));
        Map<Long, List<IntegrationCheck>> checksByMission = checks.checksOf(models);
        Map<Long, PartnershipPrinciples.Counts> partners = partnerships.ofMissions(ids);
        Map<Long, Long> overdueCounts = overdue.countsIn(ids);

        List<PortfolioRow> rows = new ArrayList<>();
        for (MissionWithMandate m : visible) {
            MissionView mission = m.mission();
            long id = mission.id();
            List<InboxEntry> waiting = awaiting.getOrDefault(id, List.of());
            InboxEntry oldest = waiting.stream()
                    .min(Comparator.comparing(InboxEntry::submittedAt))
                    .orElse(null);
            List<PlanFigures> missionPlans = planFigures.getOrDefault(id, List.of());
            List<PlanFigures> current = missionPlans.stream()
                    .filter(p -> p.status() != PlanStatus.SUPERSEDED)
                    .toList();
            PlanFigures planInForce = planInForce(missionPlans, inForce);
            VersionInForce version = planInForce == null ? null : inForce.get(planInForce.planId());
            LocalDate approvedOn = version == null || version.approvedAt() == null
                    ? null
                    : version.approvedAt().atZone(zone).toLocalDate();
            long tasks = sum(current, PlanFigures::tasks);
            long unfunded = sum(current, PlanFigures::unfundedTasks);
            List<CurrencyGap> gap = gaps(current);
            List<IntegrationCheck> missionChecks = checksByMission.getOrDefault(id, List.of());
            PartnershipPrinciples.Counts partnerCounts =
                    partners.getOrDefault(id, new PartnershipPrinciples.Counts(0, 0));
            String plansLink = "/missions/" + id + "/plans";
            rows.add(new PortfolioRow(
                    id,
                    mission.acronym(),
                    mission.fullName(),
                    mission.type(),
                    mission.phase(),
                    mission.hostCountries().stream()
                            .map(Region::of)
                            .flatMap(java.util.Optional::stream)
                            .findFirst()
                            .orElse(null),
                    List.copyOf(mission.hostCountries()),
                    mission.ochaPosition(),
                    m.mandateSymbol(),
                    m.mandateExpiresOn(),
                    m.mandateExpiresOn() == null ? null : ChronoUnit.DAYS.between(today, m.mandateExpiresOn()),
                    waiting.size(),
                    oldest == null ? null : oldest.submittedAt(),
                    oldest == null ? null : oldest.waitingDays(),
                    oldest == null ? null : oldest.planId(),
                    planInForce == null ? null : planInForce.planId(),
                    planInForce == null ? null : planInForce.title(),
                    planInForce == null ? null : planInForce.kind(),
                    version == null ? null : version.number(),
                    approvedOn,
                    approvedOn == null ? null : ChronoUnit.DAYS.between(approvedOn, today),
                    current.size(),
                    sum(current, PlanFigures::indicators),
                    sum(current, PlanFigures::indicatorsOffTrack),
                    tasks,
                    sum(current, PlanFigures::tasksWithoutLead),
                    unfunded,
                    tasks == 0 ? null : (int) Math.round(unfunded * 100.0 / tasks),
                    gap,
                    gap.stream().map(CurrencyGap::gap).reduce(BigDecimal.ZERO, BigDecimal::add),
                    partnerCounts.partnerships(),
                    partnerCounts.withPrincipleNotMet(),
                    (int) missionChecks.stream()
                            .filter(c -> c.state() == IntegrationCheckState.WARNING)
                            .count(),
                    (int) missionChecks.stream()
                            .filter(c -> c.state() != IntegrationCheckState.NOT_APPLICABLE)
                            .count(),
                    overdueCounts.getOrDefault(id, 0L),
                    new PortfolioRow.Links(
                            "/missions/" + id,
                            "/missions/" + id + "/mandate",
                            plansLink,
                            oldest == null ? null : "/plans/" + oldest.planId() + "/review",
                            planInForce == null
                                    ? null
                                    : "/plans/" + planInForce.planId()
                                            + (version != null && version.hasApproved() ? "?version=approved" : ""),
                            most(current, PlanFigures::indicatorsOffTrack, "/monitoring", plansLink),
                            most(current, PlanFigures::tasksWithoutLead, "/tasks?filter=noLead", plansLink),
                            mostGap(current, plansLink),
                            "/missions/" + id + "/partners",
                            "/missions/" + id + "/structure",
                            "/missions/compare?ids=" + id,
                            "/missions/" + id + "/coordination")));
        }
        return rows;
    }

    /**
     * The mission's plan in force: among its plans with an approved version (or approved without
     * versions, as seeded plans are), the one approved last; on a tie, the integrated framework before
     * the concept and the others.
     */
    private static PlanFigures planInForce(List<PlanFigures> missionPlans, Map<Long, VersionInForce> inForce) {
        Comparator<PlanFigures> latestApproval = Comparator.comparing(
                p -> inForce.containsKey(p.planId()) ? inForce.get(p.planId()).approvedAt() : null,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        return missionPlans.stream()
                .filter(p -> p.status() == PlanStatus.APPROVED
                        || (inForce.containsKey(p.planId())
                                && inForce.get(p.planId()).hasApproved()
                                && p.status() != PlanStatus.SUPERSEDED))
                .max(latestApproval
                        .thenComparing(
                                p -> IN_FORCE_PREFERENCE.indexOf(p.kind()),
                                Comparator.<Integer>naturalOrder().reversed())
                        .thenComparing(PlanFigures::periodStart, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(PlanFigures::planId))
                .orElse(null);
    }

    private static long sum(List<PlanFigures> plans, ToLongFunction<PlanFigures> figure) {
        return plans.stream().mapToLong(figure).sum();
    }

    /** The figure's page in the plan where it is largest, or the mission's plans when none has it. */
    private static String most(
            List<PlanFigures> plans, ToLongFunction<PlanFigures> figure, String page, String otherwise) {
        return plans.stream()
                .filter(p -> figure.applyAsLong(p) > 0)
                .max(Comparator.comparingLong(figure).thenComparing(PlanFigures::planId, Comparator.reverseOrder()))
                .map(p -> "/plans/" + p.planId() + page)
                .orElse(otherwise);
    }

    private static String mostGap(List<PlanFigures> plans, String otherwise) {
        return plans.stream()
                .filter(p -> !p.fundingGap().isEmpty() || p.unfundedTasks() > 0)
                .max(Comparator.comparing(Portfolio::gapOf).thenComparing(PlanFigures::unfundedTasks))
                .map(p -> "/plans/" + p.planId() + "/coherence")
                .orElse(otherwise);
    }

    private static BigDecimal gapOf(PlanFigures plan) {
        return plan.fundingGap().stream().map(CurrencyGap::gap).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The current plans' gaps added up per currency. */
    private static List<CurrencyGap> gaps(List<PlanFigures> plans) {
        Map<String, CurrencyGap> totals = new java.util.TreeMap<>();
        plans.stream()
                .flatMap(p -> p.fundingGap().stream())
                .forEach(g -> totals.merge(
                        g.currency(),
                        g,
                        (a, b) -> new CurrencyGap(
                                a.currency(),
                                a.required().add(b.required()),
                                a.pledged().add(b.pledged()),
                                a.gap().add(b.gap()))));
        return List.copyOf(totals.values());
    }

    /** The distinct values the rows hold, for the filter choices. */
    static <K> List<K> distinct(List<PortfolioRow> rows, java.util.function.Function<PortfolioRow, K> value) {
        return rows.stream().map(value).filter(Objects::nonNull).distinct().toList();
    }
}
