package org.missionplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.actor.Party;
import org.missionplanner.mission.MandateCategory;
import org.springframework.modulith.NamedInterface;

/**
 * A task (activity) as a planner writes it. It serves a result, or only an objective, or nothing
 * yet (unlinked work stays visible rather than being forced under an objective); it has exactly
 * one lead and any number of supporters, each a unit of the mission or a partner organisation.
 */
@NamedInterface("seeding")
public record TaskDetails(
        String title,
        String description,
        Long objectiveId,
        Long resultId,
        MandateCategory mandateCategory,
        Party lead,
        List<Party> supporters,
        String nationalCounterpart,
        FundingSource fundingSource,
        BigDecimal amount,
        String currency,
        LocalDate startOn,
        LocalDate endOn,
        TimeHorizon horizon,
        TaskStatus status,
        List<FundingLine> funding) {

    /** A task with no funding detail by source. */
    public TaskDetails(
            String title,
            String description,
            Long objectiveId,
            Long resultId,
            MandateCategory mandateCategory,
            Party lead,
            List<Party> supporters,
            String nationalCounterpart,
            FundingSource fundingSource,
            BigDecimal amount,
            String currency,
            LocalDate startOn,
            LocalDate endOn,
            TimeHorizon horizon,
            TaskStatus status) {
        this(
                title,
                description,
                objectiveId,
                resultId,
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
                List.of());
    }

    public TaskDetails {
        funding = funding == null ? List.of() : List.copyOf(funding);
        supporters = supporters == null ? List.of() : List.copyOf(supporters);
        fundingSource = fundingSource == null ? FundingSource.UNFUNDED : fundingSource;
        horizon = horizon == null ? TimeHorizon.IMMEDIATE : horizon;
        status = status == null ? TaskStatus.NOT_STARTED : status;
    }
}
