package org.missionplanner.plan;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The headline figures of every plan of many missions at once, for the HQ portfolio: tasks without a
 * lead, unfunded tasks, the funding gap and the indicators off track, computed by the same rules as
 * a plan's coherence report (an unfunded task's amount counts as need; a gap is what is required
 * and not pledged, per source and currency, added up per currency) and its monitoring (an indicator
 * is off track as {@link IndicatorProgress} says, judged on its latest measurement). Five statements
 * whatever the number of missions, plans, tasks or indicators. The caller has checked that the user
 * may see these missions.
 */
@Service
@Transactional(readOnly = true)
public class PlanPortfolioFigures {

    /** What a currency's tasks need, what is pledged, and the gap (never below zero per source). */
    public record CurrencyGap(String currency, BigDecimal required, BigDecimal pledged, BigDecimal gap) {}

    /** One plan's figures on its live data (the working draft, or the plan itself when it is not being revised). */
    public record PlanFigures(
            long planId,
            long missionId,
            PlanKind kind,
            String title,
            PlanStatus status,
            LocalDate periodStart,
            long tasks,
            long tasksWithoutLead,
            long unfundedTasks,
            long indicators,
            long indicatorsOffTrack,
            List<CurrencyGap> fundingGap) {}

    private final EntityManager entityManager;
    private final IndicatorReadings readings;
    private final Clock clock;

    PlanPortfolioFigures(EntityManager entityManager, IndicatorReadings readings, Clock clock) {
        this.entityManager = entityManager;
        this.readings = readings;
        this.clock = clock;
    }

    /** Every plan of these missions with its figures, in no particular order. */
    public List<PlanFigures> ofMissions(Collection<Long> missionIds) {
        if (missionIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> plans = entityManager
                .createQuery(
                        "select p.id, p.missionId, p.kind, p.title, p.status, p.periodStart from Plan p "
                                + "where p.missionId in :missionIds order by p.id",
                        Object[].class)
                .setParameter("missionIds", missionIds)
                .getResultList();
        List<Object[]> tasks = entityManager
                .createQuery(
                        "select t.id, t.planId, t.leadUnitId, t.leadOrganisationId, t.fundingSource, t.amount, "
                                + "t.currency from PlanTask t, Plan p where t.planId = p.id "
                                + "and p.missionId in :missionIds",
                        Object[].class)
                .setParameter("missionIds", missionIds)
                .getResultList();
        List<Object[]> lines = entityManager
                .createQuery(
                        "select t.id, f.source, f.required, f.pledged, f.disbursed from PlanTask t join t.funding f, "
                                + "Plan p where t.planId = p.id and p.missionId in :missionIds",
                        Object[].class)
                .setParameter("missionIds", missionIds)
                .getResultList();
        List<Indicator> indicators = entityManager
                .createQuery(
                        "select i from Indicator i where i.planId in "
                                + "(select p.id from Plan p where p.missionId in :missionIds)",
                        Indicator.class)
                .setParameter("missionIds", missionIds)
                .getResultList();
        Map<Long, IndicatorReadings.Reading> latest =
                readings.latestOf(indicators.stream().map(Indicator::getId).toList());

        Map<Long, List<FundingLine>> linesByTask = new HashMap<>();
        for (Object[] row : lines) {
            linesByTask
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new FundingLine(
                            (FundingSource) row[1], (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4]));
        }
        Map<Long, Counts> counts = new LinkedHashMap<>();
        plans.forEach(row -> counts.put((Long) row[0], new Counts()));
        for (Object[] row : tasks) {
            Counts c = counts.get((Long) row[1]);
            if (c == null) {
                continue;
            }
            c.tasks++;
            if (row[2] == null && row[3] == null) {
                c.withoutLead++;
            }
            FundingSource source = (FundingSource) row[4];
            BigDecimal amount = (BigDecimal) row[5];
            String currency = row[6] == null ? "" : (String) row[6];
            if (source == FundingSource.UNFUNDED) {
                c.unfunded++;
            }
            List<FundingLine> taskLines = linesByTask.getOrDefault((Long) row[0], List.of());
            if (taskLines.isEmpty() && source == FundingSource.UNFUNDED && amount != null) {
                taskLines = List.of(new FundingLine(FundingSource.UNFUNDED, amount, null, null));
            }
            for (FundingLine line : taskLines) {
                c.bySource.merge(Arrays.asList(line.source(), currency), line, PlanPortfolioFigures::add);
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (Indicator indicator : indicators) {
            Counts c = counts.get(indicator.getPlanId());
            if (c == null) {
                continue;
            }
            c.indicators++;
            if (IndicatorView.of(indicator, latest.get(indicator.getId()), today)
                    .offTrack()) {
                c.offTrack++;
            }
        }
        return plans.stream()
                .map(row -> {
                    Counts c = counts.get((Long) row[0]);
                    return new PlanFigures(
                            (Long) row[0],
                            (Long) row[1],
                            (PlanKind) row[2],
                            (String) row[3],
                            (PlanStatus) row[4],
                            (LocalDate) row[5],
                            c.tasks,
                            c.withoutLead,
                            c.unfunded,
                            c.indicators,
                            c.offTrack,
                            c.gaps());
                })
                .toList();
    }

    private static FundingLine add(FundingLine a, FundingLine b) {
        return new FundingLine(
                a.source(),
                a.required().add(b.required()),
                a.pledged().add(b.pledged()),
                a.disbursed().add(b.disbursed()));
    }

    private static final class Counts {
        long tasks;
        long withoutLead;
        long unfunded;
        long indicators;
        long offTrack;
        final Map<List<Object>, FundingLine> bySource = new HashMap<>();

        /** A currency's gap adds up its sources' gaps: one source's surplus does not fill another's need. */
        List<CurrencyGap> gaps() {
            Map<String, CurrencyGap> totals = new TreeMap<>();
            bySource.forEach((key, line) -> totals.merge(
                    (String) key.get(1),
                    new CurrencyGap((String) key.get(1), line.required(), line.pledged(), line.gap()),
                    (x, y) -> new CurrencyGap(
                            x.currency(),
                            x.required().add(y.required()),
                            x.pledged().add(y.pledged()),
                            x.gap().add(y.gap()))));
            return List.copyOf(totals.values());
        }
    }
}
