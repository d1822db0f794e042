package org.missionplanner.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.missionplanner.national.NationalActorRules.Known;
import org.missionplanner.national.NationalRuleViolations.Violation;

class NationalActorRulesTests {

    private static final Known JUSTICE = new Known(1L, "Ministry of Justice", "LR", null);
    private static final Known POLICE = new Known(2L, "Liberia National Police", "LR", 1L);
    private static final Known CONGO_INTERIOR = new Known(3L, "Ministry of the Interior", "CD", null);
    private static final Map<Long, Known> LIBERIA = Map.of(1L, JUSTICE, 2L, POLICE);

    @Test
    void acceptsAnActorUnderAParentOfTheSameCountry() {
        var details = new NationalActorDetails("Bureau of Corrections", null, NationalActorKind.OTHER, "lr", 1L);

        assertThat(NationalActorRules.check(details, null, LIBERIA, Optional.of(JUSTICE)))
                .isEmpty();
    }

    @Test
    void refusesAParentFromAnotherCountry() {
        var details = new NationalActorDetails("Bureau of Corrections", null, NationalActorKind.OTHER, "LR", 3L);

        assertThat(NationalActorRules.check(details, null, LIBERIA, Optional.of(CONGO_INTERIOR)))
                .containsExactly(new Violation("parentId", "national.actor.parent.otherCountry"));
    }

    @Test
    void refusesAParentThatIsNotANationalActor() {
        var details = new NationalActorDetails("Bureau of Corrections", null, NationalActorKind.OTHER, "LR", 99L);

        assertThat(NationalActorRules.check(details, null, LIBERIA, Optional.empty()))
                .containsExactly(new Violation("parentId", "national.actor.parent.unknown"));
    }

    @Test
    void refusesToPutAnActorUnderOneOfItsOwnParts() {
        // the ministry placed under the police, which is part of the ministry
        var details = new NationalActorDetails("Ministry of Justice", null, NationalActorKind.MINISTRY, "LR", 2L);

        assertThat(NationalActorRules.check(details, 1L, LIBERIA, Optional.of(POLICE)))
                .containsExactly(new Violation("parentId", "national.actor.parent.cycle"));
        assertThat(NationalActorRules.reaches(2L, 1L, LIBERIA)).isTrue();
        assertThat(NationalActorRules.reaches(1L, 2L, LIBERIA)).isFalse();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        var details = new NationalActorDetails(" ", null, null, "QQ", null);

        assertThat(NationalActorRules.check(details, null, Map.of(), Optional.empty()))
                .extracting(Violation::field)
                .containsExactly("name", "kind", "country");
    }

    @Test
    void refusesANameTakenInTheCountryWhateverTheCase() {
        var details = new NationalActorDetails("ministry of JUSTICE ", null, NationalActorKind.MINISTRY, "LR", null);

        assertThat(NationalActorRules.check(details, null, LIBERIA, Optional.empty()))
                .containsExactly(new Violation("name", "national.actor.name.taken"));
    }

    @Test
    void theTreeGroupsTopLevelActorsByKindWithTheirPartsBelow() {
        var ministry =
                new NationalActorView(1, "Ministry of Justice", "MOJ", NationalActorKind.MINISTRY, "LR", null, 0);
        var police = new NationalActorView(
                2, "Liberia National Police", "LNP", NationalActorKind.SECURITY_INSTITUTION, "LR", 1L, 0);
        var commission = new NationalActorView(3, "NEC", "NEC", NationalActorKind.COMMISSION, "LR", null, 0);

        var tree = NationalActorTree.of(List.of(commission, police, ministry));

        assertThat(tree.groups())
                .extracting(NationalActorTree.Group::kind)
                .containsExactly(NationalActorKind.MINISTRY, NationalActorKind.COMMISSION);
        assertThat(tree.groups().get(0).rows())
                .extracting(r -> r.actor().name() + "@" + r.depth())
                .containsExactly("Ministry of Justice@0", "Liberia National Police@1");
    }
}
