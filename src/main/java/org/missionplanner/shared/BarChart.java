package org.missionplanner.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG: one row per bar, the label above the bar and
 * the value after it, each bar a link to the tasks it counts. The geometry is computed here so
 * that the template only places what it is given.
 */
public record BarChart(int width, int height, List<Bar> bars) {

    public static final int WIDTH = 500;
    public static final int ROW = 34;
    public static final int BAR_HEIGHT = 12;
    public static final int MAX_BAR = 420;

    /** What a caller asks for: a label, a value, the text shown after the bar, a link and a CSS class. */
    public record Input(String label, long value, String valueText, String href, String cssClass) {}

    /** A bar placed in the chart: {@code y} is the top of its row; the bar itself starts at {@code barY()}. */
    public record Bar(
            String label, long value, String valueText, String href, String cssClass, int y, double barWidth) {

        public int labelY() {
            return y + 12;
        }

        public int barY() {
            return y + 16;
        }

        public int valueY() {
            return barY() + BAR_HEIGHT - 2;
        }

        /** Values stand in a column at the right, aligned on their end. */
        public int valueX() {
            return WIDTH - 4;
        }

        public int trackWidth() {
            return MAX_BAR;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }
    }

    /** The bars scaled so that the largest value fills the width; a non-zero value stays visible. */
    public static BarChart of(List<Input> inputs) {
        long max = inputs.stream().mapToLong(Input::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            double width = max == 0 ? 0 : Math.max(in.value() > 0 ? 2 : 0, (double) in.value() * MAX_BAR / max);
            bars.add(new Bar(
                    in.label(),
                    in.value(),
                    in.valueText(),
                    in.href(),
                    in.cssClass(),
                    i * ROW,
                    Math.round(width * 10) / 10.0));
        }
        return new BarChart(WIDTH, Math.max(ROW, inputs.size() * ROW + 4), List.copyOf(bars));
    }

    public boolean isEmpty() {
        return bars.stream().allMatch(b -> b.value() == 0);
    }
}
