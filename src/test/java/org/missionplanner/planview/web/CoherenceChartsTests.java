package org.missionplanner.planview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BarChart;

/** The geometry of the server-drawn charts. */
class CoherenceChartsTests {

    @Test
    void theLargestBarFillsTheWidthAndTheOthersAreProportional() {
        BarChart chart = BarChart.of(List.of(input("A", 10), input("B", 5), input("C", 0), input("D", 1)));

        assertThat(chart.bars())
                .extracting(BarChart.Bar::barWidth)
                .containsExactly((double) BarChart.MAX_BAR, BarChart.MAX_BAR / 2.0, 0.0, BarChart.MAX_BAR / 10.0);
        assertThat(chart.bars())
                .extracting(BarChart.Bar::y)
                .containsExactly(0, BarChart.ROW, 2 * BarChart.ROW, 3 * BarChart.ROW);
        assertThat(chart.height()).isEqualTo(4 * BarChart.ROW + 4);
        assertThat(chart.bars().get(0).href()).isEqualTo("/plans/1/tasks?status=A");
        assertThat(chart.isEmpty()).isFalse();
    }

    @Test
    void aTinyValueStaysVisibleAndAllZeroesDrawNothing() {
        BarChart chart = BarChart.of(List.of(input("A", 1000), input("B", 1)));
        assertThat(chart.bars().get(1).barWidth()).isEqualTo(2.0);

        BarChart zeroes = BarChart.of(List.of(input("A", 0), input("B", 0)));
        assertThat(zeroes.bars()).allSatisfy(b -> assertThat(b.barWidth()).isZero());
        assertThat(zeroes.isEmpty()).isTrue();
    }

    @Test
    void theTaskListLinkCarriesItsParameterEncoded() {
        assertThat(CoherenceCharts.tasks(7, "actor", "unit-12")).isEqualTo("/plans/7/tasks?actor=unit-12");
        assertThat(CoherenceCharts.tasks(7, "filter", "unlinked")).isEqualTo("/plans/7/tasks?filter=unlinked");
    }

    private static BarChart.Input input(String label, long value) {
        return new BarChart.Input(
                label, value, String.valueOf(value), CoherenceCharts.tasks(1, "status", label), "bar");
    }
}
