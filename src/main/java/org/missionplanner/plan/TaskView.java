package org.missionplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.PartyNames;
import org.missionplanner.mission.MandateCategory;
import org.springframework.modulith.NamedInterface;

/**
 * A task as the views show it, with its lead and supporters named. {@code outsidePeriod} warns
 * (without refusing) that its dates fall outside the plan's period.
 */
@NamedInterface("read-model")
public record TaskView(
        long id,
        Long objectiveId,
        Long resultId,
        int position,
        String title,
        String description,
        MandateCategory mandateCategory,
        NamedParty lead,
        List<NamedParty> supporters,
        String nationalCounterpart,
        FundingSource fundingSource,
        BigDecimal amount,
        String currency,
        LocalDate startOn,
        LocalDate endOn,
        TimeHorizon horizon,
        TaskStatus status,
        boolean outsidePeriod,
        long version,
        List<FundingLine> funding,
        List<NamedParty> nationalCounterparts) {

    public TaskView {
        funding = funding == null ? List.of() : List.copyOf(funding);
        nationalCounterparts = nationalCounterparts == null ? List.of() : List.copyOf(nationalCounterparts);
    }

    /** A task that names no national actor as counterpart. */
    public TaskView(
            long id,
            Long objectiveId,
            Long resultId,
            int position,
            String title,
            String description,
            MandateCategory mandateCategory,
            NamedParty lead,
            List<NamedParty> supporters,
            String nationalCounterpart,
            FundingSource fundingSource,
            BigDecimal amount,
            String currency,
            LocalDate startOn,
            LocalDate endOn,
            TimeHorizon horizon,
            TaskStatus status,
            boolean outsidePeriod,
            long version,
            List<FundingLine> funding) {
        this(
                id,
                objectiveId,
                resultId,
                position,
                title,
                description,
                mandateCategory,
                lead,
                supporters,
                nationalCounterpart,
                fundingSource,
                amount,
                currency,
                startOn,
                endOn,
                horizon,
                status,
                outsidePeriod,
                version,
                funding,
                List.of());
    }

    static TaskView of(PlanTask task, PartyNames names, Plan plan) {
        return new TaskView(
                task.getId(),
                task.getObjectiveId(),
                task.getResultId(),
                task.getPosition(),
                task.getTitle(),
                task.getDescription(),
                task.getMandateCategory(),
                names.name(task.getLead()),
                names.names(task.getSupporters()),
                task.getNationalCounterpart(),
                task.getFundingSource(),
                task.getAmount(),
                task.getCurrency(),
                task.getStartOn(),
                task.getEndOn(),
                task.getHorizon(),
                task.getStatus(),
                plan.isOutsidePeriod(task.getStartOn()) || plan.isOutsidePeriod(task.getEndOn()),
                task.getVersion(),
                task.getFunding(),
                names.names(task.getNationalCounterparts()));
    }

    public boolean hasLead() {
        return lead != null;
    }

    public boolean isLinked() {
        return objectiveId != null;
    }

    /** The funding by source added up: what is required, pledged, disbursed and still to find. */
    public FundingLine fundingTotal() {
        return new FundingLine(
                null,
                funding.stream().map(FundingLine::required).reduce(BigDecimal.ZERO, BigDecimal::add),
                funding.stream().map(FundingLine::pledged).reduce(BigDecimal.ZERO, BigDecimal::add),
                funding.stream().map(FundingLine::disbursed).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Whether the task names a national counterpart: a national actor, or at least a note. */
    public boolean hasNationalCounterpart() {
        return !nationalCounterparts.isEmpty() || (nationalCounterpart != null && !nationalCounterpart.isBlank());
    }

    /** The ids of the national actors named as counterparts. */
    public List<Long> getNationalCounterpartIds() {
        return nationalCounterparts.stream().map(NamedParty::id).toList();
    }
}
