package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** An indicator is judged where its latest value stands on the planned path on the day it was measured. */
class IndicatorViewTests {

    // MONUC-like: from 0 on 1 January 2006 to 100 on 31 December 2008
    private final Indicator indicator = new Indicator(
            1,
            1,
            new IndicatorDetails(
                    1,
                    "Ex-combatants disarmed",
                    "people",
                    BigDecimal.ZERO,
                    LocalDate.of(2006, 1, 1),
                    BigDecimal.valueOf(100),
                    LocalDate.of(2008, 12, 31),
                    null,
                    IndicatorFrequency.QUARTERLY));

    private final LocalDate today = LocalDate.of(2026, 12, 2);

    @BeforeEach
    void asIfSaved() {
        ReflectionTestUtils.setField(indicator, "id", 1L);
        ReflectionTestUtils.setField(indicator, "version", 0L);
    }

    @Test
    void aPlanOfPastYearsAboveItsPathOnTheDayOfMeasurementIsNotOffTrack() {
        // half-way through the period, 60% of the way: above the planned path, long ago
        var view = IndicatorView.of(indicator, reading(LocalDate.of(2007, 7, 1), 60), today);

        assertThat(view.progressPercent()).isEqualTo(60);
        assertThat(view.offTrack()).isFalse();
    }

    @Test
    void aValueWellBelowThePathOnTheDayOfMeasurementIsOffTrack() {
        var view = IndicatorView.of(indicator, reading(LocalDate.of(2008, 6, 30), 30), today);

        assertThat(view.offTrack()).isTrue();
    }

    @Test
    void aValueMeasuredAfterTheTargetDateShortOfTheTargetIsOffTrack() {
        var view = IndicatorView.of(indicator, reading(LocalDate.of(2009, 3, 31), 95), today);

        assertThat(view.offTrack()).isTrue();
    }

    @Test
    void withoutMeasurementNothingIsJudged() {
        assertThat(IndicatorView.of(indicator, null, today).offTrack()).isFalse();
    }

    private static IndicatorReadings.Reading reading(LocalDate measuredOn, int value) {
        return new IndicatorReadings.Reading(1, measuredOn, BigDecimal.valueOf(value));
    }
}
