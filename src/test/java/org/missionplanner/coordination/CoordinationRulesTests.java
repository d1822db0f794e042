package org.missionplanner.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.Party;
import org.missionplanner.shared.BusinessRuleException;

class CoordinationRulesTests {

    private final CoordinationRules rules = new CoordinationRules(Set.of(1L, 2L), Set.of(50L));

    private static BodyDetails body(Party chair, Party... members) {
        return new BodyDetails(
                BodyKind.SENIOR_MANAGEMENT_GROUP, "SMG", chair, List.of(members), MeetingFrequency.WEEKLY, null);
    }

    private static MeetingDetails meeting(ActionDetails... actions) {
        return new MeetingDetails(LocalDate.of(2026, 1, 10), List.of(), null, null, List.of(), List.of(actions));
    }

    @Test
    void acceptsABodyChairedByAUnitOfTheMissionWithAnOrganisationAsMember() {
        assertThatCode(() -> rules.checkBody(body(Party.unit(1), Party.unit(2), Party.organisation(50))))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsABodyWithoutAChair() {
        assertThatThrownBy(() -> rules.checkBody(body(null))).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.field()).isEqualTo("chair");
            assertThat(e.messageKey()).isEqualTo("coordination.body.chair.required");
        });
    }

    @Test
    void rejectsAChairFromAnotherMission() {
        assertThatThrownBy(() -> rules.checkBody(body(Party.unit(99))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("chair");
                    assertThat(e.messageKey()).isEqualTo("coordination.party.unitOfAnotherMission");
                });
    }

    @Test
    void rejectsAMemberThatIsAnUnknownOrganisation() {
        assertThatThrownBy(() -> rules.checkBody(body(Party.unit(1), Party.organisation(51))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("members");
                    assertThat(e.messageKey()).isEqualTo("coordination.party.unknownOrganisation");
                });
    }

    @Test
    void rejectsAnActionItemOwnedByAUnitOfAnotherMissionOnItsRow() {
        var ok = new ActionDetails(null, "Brief", Party.unit(1), LocalDate.of(2026, 2, 1));
        var foreign = new ActionDetails(null, "Report", Party.unit(99), LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> rules.checkMeeting(meeting(ok, foreign)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("actions[1].owner"));
    }

    @Test
    void rejectsAnActionItemWithoutADueDate() {
        assertThatThrownBy(() -> rules.checkMeeting(meeting(new ActionDetails(null, "Brief", Party.unit(1), null))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("actions[0].dueOn");
                    assertThat(e.messageKey()).isEqualTo("coordination.action.dueOn.required");
                });
    }

    @Test
    void rejectsAnActionItemWithoutADescription() {
        assertThatThrownBy(
                        () -> rules.checkMeeting(meeting(new ActionDetails(null, " ", null, LocalDate.of(2026, 2, 1)))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("actions[0].description"));
    }

    @Test
    void rejectsAnActionItemWithoutAnOwner() {
        assertThatThrownBy(() ->
                        rules.checkMeeting(meeting(new ActionDetails(null, "Brief", null, LocalDate.of(2026, 2, 1)))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("actions[0].owner");
                    assertThat(e.messageKey()).isEqualTo("coordination.action.owner.required");
                });
    }

    @Test
    void rejectsAnActionItemDueBeforeItsMeeting() {
        assertThatThrownBy(() -> rules.checkMeeting(
                        meeting(new ActionDetails(null, "Brief", Party.unit(1), LocalDate.of(2026, 1, 9)))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("actions[0].dueOn");
                    assertThat(e.messageKey()).isEqualTo("coordination.action.dueOn.beforeMeeting");
                });
        rules.checkMeeting(meeting(new ActionDetails(null, "Same day", Party.unit(1), LocalDate.of(2026, 1, 10))));
    }

    @Test
    void reportsEveryBrokenRuleOfEveryRowAtOnce() {
        var first = new ActionDetails(null, " ", null, LocalDate.of(2026, 1, 1));
        var second = new ActionDetails(null, "Report", Party.unit(99), null);
        assertThatThrownBy(() -> rules.checkMeeting(meeting(first, second)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + " " + v.messageKey())
                                .containsExactly(
                                        "actions[0].description coordination.action.description.required",
                                        "actions[0].owner coordination.action.owner.required",
                                        "actions[0].dueOn coordination.action.dueOn.beforeMeeting",
                                        "actions[1].owner coordination.party.unitOfAnotherMission",
                                        "actions[1].dueOn coordination.action.dueOn.required"));
    }

    @Test
    void anOpenItemIsOverdueOnlyAfterItsDueDateAndClosesOnlyOnce() {
        var item = new ActionItem(1, 1, new ActionDetails(null, "Brief", null, LocalDate.of(2026, 2, 1)));
        assertThat(item.isOverdueOn(LocalDate.of(2026, 2, 1))).isFalse();
        assertThat(item.isOverdueOn(LocalDate.of(2026, 2, 2))).isTrue();
        item.changeStatus(ActionStatus.DONE);
        assertThat(item.isOverdueOn(LocalDate.of(2026, 2, 2))).isFalse();
        assertThatThrownBy(() -> item.changeStatus(ActionStatus.DROPPED)).isInstanceOf(BusinessRuleException.class);
        item.changeStatus(ActionStatus.OPEN);
        assertThat(item.getStatus()).isEqualTo(ActionStatus.OPEN);
        assertThatThrownBy(() -> item.changeStatus(ActionStatus.OPEN)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void partyKeysRoundTripAndMalformedKeysAreNoParty() {
        assertThat(Party.parse("unit-12")).isEqualTo(Party.unit(12));
        assertThat(Party.parse(Party.organisation(5).key())).isEqualTo(Party.organisation(5));
        assertThat(Party.parse("unit-x")).isNull();
        assertThat(Party.parse("team-3")).isNull();
        assertThat(Party.parse("")).isNull();
    }
}
