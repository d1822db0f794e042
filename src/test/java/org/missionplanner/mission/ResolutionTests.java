package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;

class ResolutionTests {

    @Test
    void rejectsASymbolNotWrittenAsTheCouncilDoes() {
        for (String symbol :
                new String[] {"1509", "S/RES/1509", "S/RES/1509(2003)", "s/res/1509 (2003)", "S/RES/1509 (1890)"}) {
            assertThatThrownBy(() -> Resolution.validate(command(symbol, "2003-09-19", null)))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("symbol");
                    });
        }
    }

    @Test
    void rejectsAnExpiryBeforeTheAdoption() {
        assertThatThrownBy(() -> Resolution.validate(command("S/RES/1509 (2003)", "2003-09-19", "2003-09-18")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("resolution.expiresOn.beforeAdoption"));
    }

    @Test
    void rejectsAnAdoptionOutsideTheYearOfTheSymbol() {
        assertThatThrownBy(() -> Resolution.validate(command("S/RES/1509 (2003)", "2004-01-02", null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.field())
                                .isEqualTo("adoptedOn"));
    }

    @Test
    void rejectsOversizedText() {
        var longNotes = new ResolutionCommand(
                "S/RES/1509 (2003)", LocalDate.of(2003, 9, 19), null, "x".repeat(2001), List.of());
        assertThatThrownBy(() -> Resolution.validate(longNotes)).isInstanceOf(BusinessRuleException.class);
        var longTask = new ResolutionCommand(
                "S/RES/1509 (2003)",
                LocalDate.of(2003, 9, 19),
                null,
                null,
                List.of(new MandatedTask(MandateCategory.DDR, TaskModality.MONITOR, "x".repeat(2001))));
        assertThatThrownBy(() -> Resolution.validate(longTask))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.field())
                                .isEqualTo("tasks[0].description"));
    }

    private static ResolutionCommand command(String symbol, String adopted, String expires) {
        return new ResolutionCommand(
                symbol, LocalDate.parse(adopted), expires == null ? null : LocalDate.parse(expires), null, List.of());
    }
}
