package org.missionplanner.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry of the server-drawn progress chart of an indicator. */
class ProgressChartTests {
    @Test
    void theProgressChartPlacesBaselineTargetAndMeasurementsOnTheirAxes() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2028, 1, 1);
        ProgressChart chart = ProgressChart.of(
                new BigDecimal("0"),
                start,
                new BigDecimal("100"),
                end,
                List.of(new ProgressChart.Sample(LocalDate.of(2027, 1, 1), new BigDecimal("40"))),
                LocalDate.of(2026, 7, 1));

        assertThat(chart.empty()).isFalse();
        assertThat(chart.planned().x1()).isEqualTo(ProgressChart.LEFT);
        assertThat(chart.planned().x2()).isEqualTo(ProgressChart.WIDTH - ProgressChart.RIGHT);
        assertThat(chart.target().y1())
                .as("the target is above the baseline")
                .isLessThan(chart.baseline().y1());
        var dot = chart.dots().get(0);
        assertThat(dot.x())
                .as("a year into two")
                .isCloseTo(
                        ProgressChart.LEFT
                                + (ProgressChart.WIDTH - ProgressChart.RIGHT - ProgressChart.LEFT) * 365.0 / 730,
                        offset(0.2));
        assertThat(dot.y()).isBetween(chart.target().y1(), chart.baseline().y1());
        assertThat(chart.measuredPath())
                .as("from the baseline to the measurement")
                .isEqualTo(ProgressChart.LEFT + ".0," + chart.baseline().y1() + " " + dot.x() + "," + dot.y());
        assertThat(chart.todayX()).isBetween((double) ProgressChart.LEFT, dot.x());
        assertThat(chart.xTicks())
                .extracting(ProgressChart.Tick::text)
                .containsExactly("2026-01-01", "2027-01-01", "2028-01-01");
        assertThat(chart.yTicks()).extracting(ProgressChart.Tick::text).containsExactly("0", "25", "50", "75", "100");
    }

    @Test
    void aFallingTargetIsDrawnBelowItsBaselineAndTodayOutsideTheRangeIsLeftOut() {
        ProgressChart chart = ProgressChart.of(
                new BigDecimal("80"),
                LocalDate.of(2026, 1, 1),
                new BigDecimal("20"),
                LocalDate.of(2026, 12, 31),
                List.of(),
                LocalDate.of(2030, 1, 1));

        assertThat(chart.target().y1()).isGreaterThan(chart.baseline().y1());
        assertThat(chart.todayX()).isNull();
        assertThat(chart.measuredPath()).isEmpty();
    }

    @Test
    void withNothingDatedThereIsNoChart() {
        ProgressChart chart =
                ProgressChart.of(BigDecimal.ONE, null, BigDecimal.TEN, null, List.of(), LocalDate.of(2026, 1, 1));

        assertThat(chart.empty()).isTrue();
    }
}
