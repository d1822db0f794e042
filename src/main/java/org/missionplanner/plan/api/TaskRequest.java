package org.missionplanner.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.plan.FundingLine;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.TaskDetails;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TimeHorizon;

/**
 * A task as a client writes it. {@code lead} and {@code supporters} are party keys such as
 * {@code unit-12} or {@code organisation-5}; whether a unit belongs to the plan's mission is
 * checked by the plan's rules. {@code nationalCounterpartIds} are ids of national actors of a host
 * country of the mission; left out, a task keeps the ones it has.
 */
@Consistent
record TaskRequest(
        Long contributesToResultId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        Long objectiveId,
        Long resultId,
        MandateCategory mandateCategory,

        @NotBlank @Pattern(regexp = PartyKeys.PATTERN, message = PartyKeys.MESSAGE)
        String lead,

        List<@NotNull @Pattern(regexp = PartyKeys.PATTERN, message = PartyKeys.MESSAGE) String> supporters,
        @Size(max = 300) String nationalCounterpart,
        FundingSource fundingSource,

        @PositiveOrZero(message = "{plan.task.amount.negative}") @Digits(integer = 14, fraction = 2)
        BigDecimal amount,

        @Pattern(regexp = "([A-Z]{3})?", message = "{plan.task.currency.invalid}")
        String currency,

        LocalDate startOn,
        LocalDate endOn,
        TimeHorizon horizon,
        TaskStatus status,
        @NotNull(groups = Update.class) Long version,
        List<@NotNull @Valid FundingRequest> funding,
        List<@NotNull Long> nationalCounterpartIds)
        implements PartRequest<TaskDetails>, Consistent.Checked, PlanChain.Contribution {

    /** One source's funding of the task, in the task's currency: asked for, promised, paid. */
    record FundingRequest(
            @NotNull FundingSource source,

            @PositiveOrZero(message = "{plan.task.funding.negative}") @Digits(integer = 14, fraction = 2)
            BigDecimal required,

            @PositiveOrZero(message = "{plan.task.funding.negative}") @Digits(integer = 14, fraction = 2)
            BigDecimal pledged,

            @PositiveOrZero(message = "{plan.task.funding.negative}") @Digits(integer = 14, fraction = 2)
            BigDecimal disbursed) {}

    @Override
    public TaskDetails toDetails() {
        return new TaskDetails(
                title,
                description,
                objectiveId,
                resultId,
                mandateCategory,
                PartyKeys.parse(lead),
                PartyKeys.parseAll(supporters),
                nationalCounterpart,
                fundingSource,
                amount,
                currency,
                startOn,
                endOn,
                horizon,
                status,
                funding == null
                        ? List.of()
                        : funding.stream()
                                .map(f -> new FundingLine(f.source(), f.required(), f.pledged(), f.disbursed()))
                                .toList(),
                nationalCounterpartIds);
    }

    @Override
    public Map<String, String> disagreements() {
        Map<String, String> disagreements = new LinkedHashMap<>();
        if (lead != null && supporters != null && supporters.stream().anyMatch(lead.trim()::equals)) {
            disagreements.put("supporters", "plan.task.supporter.isLead");
        }
        if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
            disagreements.put("endOn", "plan.task.endBeforeStart");
        }
        return disagreements;
    }
}
