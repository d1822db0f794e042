package org.missionplanner.plan;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionplanner.actor.Party;
import org.missionplanner.shared.BusinessRuleException;

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
        required(details.kind(), "kind");
        requiredText(details.title(), "title");
        required(details.periodStart(), "periodStart");
        required(details.periodEnd(), "periodEnd");
        if (details.periodEnd().isBefore(details.periodStart())) {
            throw new BusinessRuleException("plan.period.endBeforeStart", "periodEnd");
        }
        if (PlanDetails.tooLong(details.periodStart(), details.periodEnd())) {
            throw new BusinessRuleException("plan.period.tooLong", "periodEnd");
        }
    }

    /** An objective has a title and a dimension, and is aligned, if at all, with a priority of a host country. */
    ObjectiveDetails checkObjective(ObjectiveDetails details) {
        requiredText(details.title(), "title");
        required(details.dimension(), "dimension");
        if (details.nationalPriorityId() != null && !nationalPriorityIds.contains(details.nationalPriorityId())) {
            throw new BusinessRuleException("plan.objective.nationalPriority.otherCountry", "nationalPriorityId");
        }
        return details;
    }

    ResultDetails checkResult(ResultDetails details) {
        requiredText(details.title(), "title");
        requireObjective(details.objectiveId(), "objectiveId");
        return details;
    }

    IndicatorDetails checkIndicator(IndicatorDetails details) {
        requiredText(details.definition(), "definition");
        if (!objectiveOfResult.containsKey(details.resultId())) {
            throw new BusinessRuleException("plan.result.notInPlan", "resultId");
        }
        if (details.baselineOn() != null
                && details.targetOn() != null
                && details.targetOn().isBefore(details.baselineOn())) {
            throw new BusinessRuleException("plan.indicator.targetBeforeBaseline", "targetOn");
        }
        return details;
    }

    BenchmarkDetails checkBenchmark(BenchmarkDetails details) {
        requiredText(details.description(), "description");
        if (details.objectiveId() != null) {
            requireObjective(details.objectiveId(), "objectiveId");
        }
        return details;
    }

    /** Checks a task and returns it with the objective of its result filled in. */
    TaskDetails checkTask(TaskDetails details) {
        requiredText(details.title(), "title");
        Long objectiveId = details.objectiveId();
        if (details.resultId() != null) {
            Long objectiveOfTheResult = objectiveOfResult.get(details.resultId());
            if (objectiveOfTheResult == null) {
                throw new BusinessRuleException("plan.result.notInPlan", "resultId");
            }
            if (objectiveId != null && !objectiveId.equals(objectiveOfTheResult)) {
                throw new BusinessRuleException("plan.task.resultOfAnotherObjective", "resultId");
            }
            objectiveId = objectiveOfTheResult;
        } else if (objectiveId != null) {
            requireObjective(objectiveId, "objectiveId");
        }
        if (details.lead() == null) {
            throw new BusinessRuleException("plan.task.lead.required", "lead");
        }
        checkParty(details.lead(), "lead");
        for (Party supporter : details.supporters()) {
            if (supporter.equals(details.lead())) {
                throw new BusinessRuleException("plan.task.supporter.isLead", "supporters");
            }
            checkParty(supporter, "supporters");
        }
        if (details.amount() != null && details.amount().compareTo(BigDecimal.ZERO) < 0) {
            throw new BusinessRuleException("plan.task.amount.negative", "amount");
        }
        String currency = details.currency() == null ? "" : details.currency().trim();
        if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
            throw new BusinessRuleException("plan.task.currency.invalid", "currency");
        }
        if (details.amount() != null && details.amount().signum() > 0 && currency.isEmpty()) {
            throw new BusinessRuleException("plan.task.currency.required", "currency");
        }
        if (details.startOn() != null
                && details.endOn() != null
                && details.endOn().isBefore(details.startOn())) {
            throw new BusinessRuleException("plan.task.endBeforeStart", "endOn");
        }
        checkFunding(details.funding(), currency);
        if (details.nationalCounterpartIds() != null) {
            for (Long counterpart : details.nationalCounterpartIds()) {
                if (!nationalActorIds.contains(counterpart)) {
                    throw new BusinessRuleException(
                            "plan.task.nationalCounterpart.otherCountry", "nationalCounterpartIds");
                }
            }
        }
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
        requiredText(details.description(), "description");
        required(details.likelihood(), "likelihood");
        required(details.impact(), "impact");
        if (details.owner() != null) {
            checkParty(details.owner(), "owner");
        }
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
