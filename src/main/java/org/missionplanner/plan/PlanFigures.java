package org.missionplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One plan of a mission in figures, for comparing missions: which plan (the one in force, else the
 * latest), its objectives per dimension, the coherence figures of its tasks (as the coherence
 * report counts them) and its tasks' funding by source.
 */
public record PlanFigures(
        long missionId,
        long planId,
        String title,
        PlanKind kind,
        PlanStatus status,
        LocalDate periodStart,
        LocalDate periodEnd,
        Integer versionInForce,
        List<ObjectiveRef> objectives,
        long tasks,
        Share linked,
        Share withoutLead,
        Share withNationalCounterpart,
        Share unfunded,
        List<SourceFunding> funding) {

    public PlanFigures {
        objectives = List.copyOf(objectives);
        funding = List.copyOf(funding);
    }

    /** An objective named, in its dimension. */
    public record ObjectiveRef(long id, String title, Dimension dimension) {}

    /**
     * What one source is asked for and has promised across the plan's tasks, per currency: from the
     * tasks' funding lines, or for a task without lines from its single source and amount.
     */
    public record SourceFunding(FundingSource source, long tasks, Map<String, Money> amounts) {}

    /** Required and pledged amounts in one currency. */
    public record Money(BigDecimal required, BigDecimal pledged) {

        Money plus(Money other) {
            return new Money(required.add(other.required), pledged.add(other.pledged));
        }
    }

    public boolean inForce() {
        return versionInForce != null;
    }

    public List<ObjectiveRef> objectivesIn(Dimension dimension) {
        return objectives.stream().filter(o -> o.dimension() == dimension).toList();
    }

    public SourceFunding fundingFrom(FundingSource source) {
        return funding.stream()
                .filter(f -> f.source() == source)
                .findFirst()
                .orElse(new SourceFunding(source, 0, Map.of()));
    }
}
