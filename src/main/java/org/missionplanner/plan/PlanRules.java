package org.missionplanner.plan;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionplanner.actor.Party;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.RuleViolations;

/**
 * The rules an element of a plan must meet before anything is saved, each refusal on the field it
 * concerns: objectives and results named must belong to this plan, a unit must be one of the
 * mission's own units, an organisation must exist, a task has exactly one lead and no supporter
 * equal to it, amounts are not negative, dates run forward, national counterparts and the national
 * priority an objective aligns with belong to a host country of the mission.
 */
record PlanRules(
        Set<Long> missionUnitIds,
        Set<Long> organisationIds,
        Set<Long> objectiveIds,
        Map<Long, Long> objectiveOfResult,
        Set<Long> nationalActorIds,
        Set<Long> nationalPriorityIds) {

    /** The rules without national actors or priorities (no host country recorded any). */
    PlanRules(
            Set<Long> missionUnitIds,
            Set<Long> organisationIds,
            Set<Long> objectiveIds,
            Map<Long, Long> objectiveOfResult) {
        this(missionUnitIds, organisationIds, objectiveIds, objectiveOfResult, Set.of(), Set.of());
    }

    /** The rules of one plan, for the units and organisations a part names. */
    @FunctionalInterface
    interface Loader {

        PlanRules load(List<Party> actors);
    }

    static void checkPlan(PlanDetails details) {
        new RuleViolations()
                .check(() -> required(details.kind(), "kind"))
                .check(() -> requiredText(details.title(), "title"))
                .check(() -> required(details.periodStart(), "periodStart"))
                .check(() -> required(details.periodEnd(), "periodEnd"))
                .throwIfAny();
        if (details.periodEnd().isBefore(details.periodStart())) {
            throw new BusinessRuleException("plan.period.endBeforeStart", "periodEnd");
        }
        if (PlanDetails.tooLong(details.periodStart(), details.periodEnd())) {
            throw new BusinessRuleException("plan.period.tooLong", "periodEnd");
        }
    }

    /** An objective has a title and a dimension, and is aligned, if at all, with a priority of a host country. */
    ObjectiveDetails checkObjective(ObjectiveDetails details) {
        new RuleViolations()
                .check(() -> requiredText(details.title(), "title"))
                .check(() -> required(details.dimension(), "dimension"))
                .check(() -> {
                    if (details.nationalPriorityId() != null
                            && !nationalPriorityIds.contains(details.nationalPriorityId())) {
                        throw new BusinessRuleException(
                                "plan.objective.nationalPriority.otherCountry", "nationalPriorityId");
                    }
                })
                .throwIfAny();
        return details;
    }

    ResultDetails checkResult(ResultDetails details) {
        new RuleViolations()
                .check(() -> requiredText(details.title(), "title"))
                .check(() -> requireObjective(details.objectiveId(), "objectiveId"))
                .throwIfAny();
        return details;
    }

    IndicatorDetails checkIndicator(IndicatorDetails details) {
        RuleViolations violations = new RuleViolations().check(() -> requiredText(details.definition(), "definition"));
        if (!objectiveOfResult.containsKey(details.resultId())) {
            violations.add("plan.result.notInPlan", "resultId");
        }
        if (details.baselineOn() != null
                && details.targetOn() != null
                && details.targetOn().isBefore(details.baselineOn())) {
            violations.add("plan.indicator.targetBeforeBaseline", "targetOn");
        }
        violations.throwIfAny();
        return details;
    }

    BenchmarkDetails checkBenchmark(BenchmarkDetails details) {
        new RuleViolations()
                .check(() -> requiredText(details.description(), "description"))
                .check(() -> {
                    if (details.objectiveId() != null) {
                        requireObjective(details.objectiveId(), "objectiveId");
                    }
                })
                .throwIfAny();
        return details;
    }

    /**
     * Checks a task and returns it with the objective of its result filled in. Every broken rule is
     * reported at once, each on its field.
     */
    TaskDetails checkTask(TaskDetails details) {
        String currency = details.currency() == null ? "" : details.currency().trim();
        new RuleViolations()
                .check(() -> requiredText(details.title(), "title"))
                .check(() -> objectiveOfTask(details))
                .check(() -> checkLeadAndSupporters(details))
                .check(() -> checkAmount(details, currency))
                .check(() -> checkCurrency(currency))
                .check(() -> checkTaskDates(details))
                .check(() -> checkFunding(details.funding(), currency))
                .check(() -> checkCounterparts(details))
                .throwIfAny();
        Long objectiveId = objectiveOfTask(details);
        return new TaskDetails(
                details.title(),
                details.description(),
                objectiveId,
                details.resultId(),
                details.mandateCategory(),
                details.lead(),
                details.supporters(),
                details.nationalCounterpart(),
                details.fundingSource(),
                details.amount(),
                currency.isEmpty() ? null : currency,
                details.startOn(),
                details.endOn(),
                details.horizon(),
                details.status(),
                details.funding(),
                details.nationalCounterpartIds());
    }

    /** The objective a task serves: its result's, or the one named; refuses a result or objective of another plan. */
    private Long objectiveOfTask(TaskDetails details) {
        Long objectiveId = details.objectiveId();
        if (details.resultId() != null) {
            Long objectiveOfTheResult = objectiveOfResult.get(details.resultId());
            if (objectiveOfTheResult == null) {
                throw new BusinessRuleException("plan.result.notInPlan", "resultId");
            }
            if (objectiveId != null && !objectiveId.equals(objectiveOfTheResult)) {
                throw new BusinessRuleException("plan.task.resultOfAnotherObjective", "resultId");
            }
            return objectiveOfTheResult;
        }
        if (objectiveId != null) {
            requireObjective(objectiveId, "objectiveId");
        }
        return objectiveId;
    }

    private void checkLeadAndSupporters(TaskDetails details) {
        RuleViolations violations = new RuleViolations();
        if (details.lead() == null) {
            violations.add("plan.task.lead.required", "lead");
        } else {
            violations.check(() -> checkParty(details.lead(), "lead"));
        }
        violations.check(() -> {
            for (Party supporter : details.supporters()) {
                if (supporter.equals(details.lead())) {
                    throw new BusinessRuleException("plan.task.supporter.isLead", "supporters");
                }
                checkParty(supporter, "supporters");
            }
        });
        violations.throwIfAny();
    }

    /** National counterparts are national actors of a host country of the mission. */
    private void checkCounterparts(TaskDetails details) {
        if (details.nationalCounterpartIds() != null) {
            for (Long counterpart : details.nationalCounterpartIds()) {
                if (!nationalActorIds.contains(counterpart)) {
                    throw new BusinessRuleException(
                            "plan.task.nationalCounterpart.otherCountry", "nationalCounterpartIds");
                }
            }
        }
    }

    private static void checkAmount(TaskDetails details, String currency) {
        if (details.amount() != null && details.amount().compareTo(BigDecimal.ZERO) < 0) {
            throw new BusinessRuleException("plan.task.amount.negative", "amount");
        }
        if (details.amount() != null && details.amount().signum() > 0 && currency.isEmpty()) {
            throw new BusinessRuleException("plan.task.currency.required", "currency");
        }
    }

    private static void checkCurrency(String currency) {
        if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
            throw new BusinessRuleException("plan.task.currency.invalid", "currency");
        }
    }

    private static void checkTaskDates(TaskDetails details) {
        if (details.startOn() != null
                && details.endOn() != null
                && details.endOn().isBefore(details.startOn())) {
            throw new BusinessRuleException("plan.task.endBeforeStart", "endOn");
        }
    }

    /**
     * One line per source that gives money, no amount below zero, no more paid than pledged, and a
     * currency for the amounts.
     */
    private static void checkFunding(List<FundingLine> funding, String currency) {
        Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
        for (FundingLine line : funding) {
            if (line.source() == null || line.source() == FundingSource.UNFUNDED) {
                throw new BusinessRuleException("plan.task.funding.source", "funding");
            }
            if (!sources.add(line.source())) {
                throw new BusinessRuleException("plan.task.funding.twice", "funding");
            }
            if (line.required().signum() < 0
                    || line.pledged().signum() < 0
                    || line.disbursed().signum() < 0) {
                throw new BusinessRuleException("plan.task.funding.negative", "funding");
            }
            if (line.disbursed().compareTo(line.pledged()) > 0) {
                throw new BusinessRuleException("plan.task.funding.disbursedOverPledged", "funding");
            }
        }
        if (!funding.isEmpty() && currency.isEmpty()) {
            throw new BusinessRuleException("plan.task.currency.required", "currency");
        }
    }

    RiskDetails checkRisk(RiskDetails details) {
        new RuleViolations()
                .check(() -> requiredText(details.description(), "description"))
                .check(() -> required(details.likelihood(), "likelihood"))
                .check(() -> required(details.impact(), "impact"))
                .check(() -> {
                    if (details.owner() != null) {
                        checkParty(details.owner(), "owner");
                    }
                })
                .throwIfAny();
        return details;
    }

    private void requireObjective(Long objectiveId, String field) {
        if (objectiveId == null || !objectiveIds.contains(objectiveId)) {
            throw new BusinessRuleException("plan.objective.notInPlan", field);
        }
    }

    private void checkParty(Party party, String field) {
        if (party.kind() == Party.Kind.UNIT && !missionUnitIds.contains(party.id())) {
            throw new BusinessRuleException("plan.actor.unitOfAnotherMission", field);
        }
        if (party.kind() == Party.Kind.ORGANISATION && !organisationIds.contains(party.id())) {
            throw new BusinessRuleException("plan.actor.unknownOrganisation", field);
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new BusinessRuleException("plan.field.required", field);
        }
    }

    private static void requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException("plan.field.required", field);
        }
    }
}
