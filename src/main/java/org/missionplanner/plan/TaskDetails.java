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
 * one lead and any number of supporters, each a unit of the mission or a partner organisation. Its
 * national counterparts are national actors of a host country of the mission ({@code null}: left
 * as they are, so that a client that does not know them keeps them); the free text beside them is a
 * note.
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
        List<FundingLine> funding,
        List<Long> nationalCounterpartIds) {

    /**
     * A task with its funding by source, whose national counterparts (national actors) are left as
     * they are: none for a new task.
     */
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
            TaskStatus status,
            List<FundingLine> funding) {
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
                funding,
                null);
    }

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
        nationalCounterpartIds = nationalCounterpartIds == null
                ? null
                : nationalCounterpartIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList();
    }

    /** The same task naming these national actors as its counterparts (null: left as they are). */
    public TaskDetails withNationalCounterparts(List<Long> ids) {
        return new TaskDetails(
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
                funding,
                ids);
    }
}
