package org.missionplanner.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.plan.FundingLine;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.TaskDetails;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A task as a planner writes it. {@code serves} is one choice among the plan's results and
 * objectives ({@code result-7}, {@code objective-3}) or empty for unlinked work; lead and
 * supporters are party keys such as {@code unit-12}; national counterparts are keys of national
 * actors ({@code organisation-40}).
 */
record TaskForm(
        Long contributesToResultId,
        @Size(max = 300, message = "{plan.form.tooLong}") String title,
        @Size(max = 4000, message = "{plan.form.tooLong}") String description,
        String serves,
        MandateCategory mandateCategory,
        String lead,
        List<String> supporters,
        @Size(max = 300, message = "{plan.form.tooLong}") String nationalCounterpart,
        FundingSource fundingSource,

        @Digits(integer = 14, fraction = 2, message = "{plan.task.amount.digits}")
        BigDecimal amount,

        @Size(max = 3, message = "{plan.task.currency.invalid}")
        String currency,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOn,
        TimeHorizon horizon,
        TaskStatus status,
        Long version,
        List<@Valid FundingRow> funding,
        List<String> nationalCounterparts)
        implements PartForm<TaskDetails>, PlanChain.Contribution {

    /** How the outline editor shows tasks: the form's registration, which {@link PartController} serves. */
    static final PartForms<TaskForm, TaskDetails, TaskView> FORMS = new PartForms<>(
            PartKind.TASK,
            PartPage.OUTLINE,
            EnumSet.of(
                    FormChoice.OBJECTIVES, FormChoice.ACTORS, FormChoice.MANDATE_CATEGORIES, FormChoice.CONTRIBUTIONS),
            "unlinked",
            "outline",
            link -> TaskForm.empty(link.serves()),
            TaskForm::from);

    /** One source's row of the funding table; a row left empty is no funding from that source. */
    record FundingRow(
            FundingSource source,

            @Digits(integer = 14, fraction = 2, message = "{plan.task.amount.digits}")
            BigDecimal required,

            @Digits(integer = 14, fraction = 2, message = "{plan.task.amount.digits}")
            BigDecimal pledged,

            @Digits(integer = 14, fraction = 2, message = "{plan.task.amount.digits}")
            BigDecimal disbursed) {

        boolean isEmpty() {
            return required == null && pledged == null && disbursed == null;
        }

        /** A row for each source that gives money, filled from the task's lines. */
        static List<FundingRow> of(List<FundingLine> lines) {
            return FundingSource.funders().stream()
                    .map(source -> lines.stream()
                            .filter(line -> line.source() == source)
                            .findFirst()
                            .map(line -> new FundingRow(source, line.required(), line.pledged(), line.disbursed()))
                            .orElse(new FundingRow(source, null, null, null)))
                    .toList();
        }
    }

    static final String RESULT = "result-";
    static final String OBJECTIVE = "objective-";

    static TaskForm empty(String serves) {
        return new TaskForm(
                null,
                "",
                "",
                serves,
                null,
                "",
                List.of(),
                "",
                FundingSource.UNFUNDED,
                null,
                "",
                null,
                null,
                TimeHorizon.IMMEDIATE,
                TaskStatus.NOT_STARTED,
                null,
                FundingRow.of(List.of()),
                List.of());
    }

    /** The task's form; {@code contributesToResultId} is the parent plan's result it contributes to (chain of plans). */
    static TaskForm from(TaskView task, Long contributesToResultId) {
        String serves = task.resultId() != null
                ? RESULT + task.resultId()
                : task.objectiveId() != null ? OBJECTIVE + task.objectiveId() : "";
        return new TaskForm(
                contributesToResultId,
                task.title(),
                task.description(),
                serves,
                task.mandateCategory(),
                task.lead() == null ? "" : task.lead().key(),
                task.supporters().stream().map(NamedParty::key).toList(),
                task.nationalCounterpart(),
                task.fundingSource(),
                task.amount(),
                task.currency(),
                task.startOn(),
                task.endOn(),
                task.horizon(),
                task.status(),
                task.version(),
                FundingRow.of(task.funding()),
                task.nationalCounterparts().stream().map(NamedParty::key).toList());
    }

    @Override
    public TaskDetails toDetails() {
        List<Party> parties = supporters == null
                ? List.of()
                : supporters.stream()
                        .map(Party::parse)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        return new TaskDetails(
                title,
                blankToNull(description),
                idAfter(OBJECTIVE),
                idAfter(RESULT),
                mandateCategory,
                Party.parse(lead),
                parties,
                blankToNull(nationalCounterpart),
                fundingSource,
                amount,
                currency == null ? null : currency.trim().toUpperCase(java.util.Locale.ROOT),
                startOn,
                endOn,
                horizon,
                status,
                funding == null
                        ? List.of()
                        : funding.stream()
                                .filter(row -> row != null && !row.isEmpty())
                                .map(row ->
                                        new FundingLine(row.source(), row.required(), row.pledged(), row.disbursed()))
                                .toList(),
                nationalCounterpartIds());
    }

    /** The organisations chosen as national counterparts (none chosen: none, so that a planner can clear them). */
    private List<Long> nationalCounterpartIds() {
        if (nationalCounterparts == null) {
            return List.of();
        }
        return nationalCounterparts.stream()
                .map(Party::parse)
                .filter(p -> p != null && p.kind() == Party.Kind.ORGANISATION)
                .map(Party::id)
                .distinct()
                .toList();
    }

    /** Whether any source's row holds an amount: the funding table then opens at once. */
    public boolean hasFunding() {
        return funding != null && funding.stream().anyMatch(row -> row != null && !row.isEmpty());
    }

    /** The rows of the funding table, one per source, whatever the planner sent. */
    public List<FundingRow> fundingRows() {
        if (funding == null) {
            return FundingRow.of(List.of());
        }
        List<FundingRow> sent = funding.stream().filter(Objects::nonNull).toList();
        return FundingSource.funders().stream()
                .map(source -> sent.stream()
                        .filter(row -> row.source() == source)
                        .findFirst()
                        .orElse(new FundingRow(source, null, null, null)))
                .toList();
    }

    @Override
    public String parent() {
        return serves;
    }

    private Long idAfter(String prefix) {
        if (serves == null || !serves.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.parseLong(serves.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
