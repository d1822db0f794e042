package org.missionplanner.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;

class MergeRulesTests {

    // World Bank Group (1) with IBRD (2) and IDA (3); a part of IDA (4); the duplicate World Bank (5)
    private final Map<Long, Long> parents = new HashMap<>(Map.of(2L, 1L, 3L, 1L, 4L, 3L));

    {
        parents.put(1L, null);
        parents.put(5L, null);
    }

    @Test
    void aDuplicateMergesIntoAnotherOrganisationOrIntoItsOwnParent() {
        assertThatCode(() -> MergeRules.check(5, 1L, parents)).doesNotThrowAnyException();
        assertThatCode(() -> MergeRules.check(3, 1L, parents)).doesNotThrowAnyException();
    }

    @Test
    void refusesMergingIntoItselfOnTheIntoField() {
        assertRefused(1, 1L, "organisation.merge.into.itself");
    }

    @Test
    void refusesMergingIntoOneOfItsPartsAtAnyDepth() {
        assertRefused(1, 2L, "organisation.merge.into.part");
        assertRefused(1, 4L, "organisation.merge.into.part");
        assertThat(MergeRules.descendantsOf(1, parents)).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(MergeRules.descendantsOf(5, parents)).isEmpty();
    }

    @Test
    void refusesAnUnknownOrAMissingTarget() {
        assertRefused(5, 99L, "organisation.merge.into.unknown");
        assertRefused(5, null, "organisation.merge.into.required");
    }

    @Test
    void aCycleInTheStoredParentsDoesNotLoopForever() {
        Map<Long, Long> cyclic = new HashMap<>(Map.of(1L, 2L, 2L, 1L, 3L, 3L));
        assertThat(MergeRules.descendantsOf(9, cyclic)).isEmpty();
    }

    private void assertRefused(long merged, Long into, String key) {
        assertThatThrownBy(() -> MergeRules.check(merged, into, parents))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("into");
                });
    }
}
