package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;

/** The rules of the chain of plans: never from itself, never from another mission, never round in a circle. */
class PlanChainRulesTests {

    static final long MISSION = 1;
    static final long OTHER_MISSION = 2;

    /** Plans by id: 10 concept, 11 ISF deriving from 10, 12 component plan deriving from 11, 20 of another mission. */
    final Map<Long, PlanChainRules.Link> plans = new HashMap<>(Map.of(
            10L, new PlanChainRules.Link(MISSION, null),
            11L, new PlanChainRules.Link(MISSION, 10L),
            12L, new PlanChainRules.Link(MISSION, 11L),
            20L, new PlanChainRules.Link(OTHER_MISSION, null)));

    void check(Long planId, Long parentId) {
        PlanChainRules.checkParent(planId, MISSION, parentId, plans::get);
    }

    @Test
    void aPlanMayDeriveFromNoneOrFromAnotherPlanOfItsMission() {
        assertThatCode(() -> check(12L, null)).doesNotThrowAnyException();
        assertThatCode(() -> check(12L, 10L)).doesNotThrowAnyException();
        assertThatCode(() -> check(null, 12L)).doesNotThrowAnyException();
    }

    @Test
    void aPlanCannotDeriveFromItself() {
        assertRefused(() -> check(11L, 11L), "plan.parent.self");
    }

    @Test
    void aPlanCannotDeriveFromAPlanOfAnotherMission() {
        assertRefused(() -> check(11L, 20L), "plan.parent.otherMission");
        assertRefused(() -> check(null, 20L), "plan.parent.otherMission");
    }

    @Test
    void aPlanCannotDeriveFromAPlanThatDoesNotExist() {
        assertRefused(() -> check(11L, 99L), "plan.parent.notFound");
    }

    @Test
    void aPlanCannotDeriveFromAPlanDerivingFromIt() {
        assertRefused(() -> check(10L, 11L), "plan.parent.cycle");
        assertRefused(() -> check(10L, 12L), "plan.parent.cycle");
        assertRefused(() -> check(11L, 12L), "plan.parent.cycle");
    }

    @Test
    void aCycleAlreadyInTheDataDoesNotLoopForever() {
        plans.put(30L, new PlanChainRules.Link(MISSION, 31L));
        plans.put(31L, new PlanChainRules.Link(MISSION, 30L));
        assertThatCode(() -> check(12L, 30L)).doesNotThrowAnyException();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("parentPlanId");
        });
    }
}
