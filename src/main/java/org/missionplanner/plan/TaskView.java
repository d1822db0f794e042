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
        List<FundingLine> funding) {

    public TaskView {
        funding = funding == null ? List.of() : List.copyOf(funding);
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
                task.getFunding());
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

    public boolean hasNationalCounterpart() {
        return nationalCounterpart != null && !nationalCounterpart.isBlank();
    }
}
