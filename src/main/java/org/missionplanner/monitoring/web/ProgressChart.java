package org.missionplanner.monitoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An indicator's progress as an SVG line chart drawn on the server: time across, value up; the
 * baseline and the target as horizontal lines, the planned path from baseline to target dashed, the
 * measurements as a line of dots, and today's date. Geometry is computed here; the template places it.
 */
record ProgressChart(
        boolean empty,
        int width,
        int height,
        String measuredPath,
        List<Dot> dots,
        Line baseline,
        Line target,
        Line planned,
        Double todayX,
        List<Tick> xTicks,
        List<Tick> yTicks,
        Box plot) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 64;
    static final int RIGHT = 24;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    static final int Y_STEPS = 4;

    /** A measured value on a day. */
    record Sample(LocalDate on, BigDecimal value) {}

    record Dot(double x, double y, LocalDate on, BigDecimal value) {}

    record Line(double x1, double y1, double x2, double y2) {}

    record Tick(double at, String text) {}

    record Box(int left, int top, int right, int bottom) {}

    /** The chart, or an empty one when there is nothing dated to draw. */
    static ProgressChart of(
            BigDecimal baselineValue,
            LocalDate baselineOn,
            BigDecimal targetValue,
            LocalDate targetOn,
            List<Sample> samples,
            LocalDate today) {
        Box box = new Box(LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM);
        List<LocalDate> days = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        samples.forEach(s -> {
            days.add(s.on());
            values.add(s.value());
        });
        if (baselineOn != null) {
            days.add(baselineOn);
        }
        if (targetOn != null) {
            days.add(targetOn);
        }
        if (baselineValue != null) {
            values.add(baselineValue);
        }
        if (targetValue != null) {
            values.add(targetValue);
        }
        if (days.isEmpty() || values.isEmpty()) {
            return new ProgressChart(
                    true, WIDTH, HEIGHT, "", List.of(), null, null, null, null, List.of(), List.of(), box);
        }
        long first = days.stream().mapToLong(LocalDate::toEpochDay).min().orElseThrow();
        long last = days.stream().mapToLong(LocalDate::toEpochDay).max().orElseThrow();
        if (last == first) {
            first -= 15;
            last += 15;
        }
        double low = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElseThrow();
        double high = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElseThrow();
        if (high == low) {
            low -= 1;
            high += 1;
        }
        double margin = (high - low) * 0.08;
        Scale scale = new Scale(box, first, last, low - margin, high + margin);

        List<Dot> dots = samples.stream()
                .map(s -> new Dot(scale.x(s.on()), scale.y(s.value().doubleValue()), s.on(), s.value()))
                .toList();
        List<Dot> path = new ArrayList<>();
        if (baselineOn != null && baselineValue != null) {
            path.add(new Dot(scale.x(baselineOn), scale.y(baselineValue.doubleValue()), baselineOn, baselineValue));
        }
        path.addAll(dots);
        String measuredPath = path.size() < 2
                ? ""
                : path.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
        Line baseline = baselineValue == null ? null : horizontal(box, scale.y(baselineValue.doubleValue()));
        Line target = targetValue == null ? null : horizontal(box, scale.y(targetValue.doubleValue()));
        Line planned = baselineOn == null || targetOn == null || baselineValue == null || targetValue == null
                ? null
                : new Line(
                        scale.x(baselineOn),
                        scale.y(baselineValue.doubleValue()),
                        scale.x(targetOn),
                        scale.y(targetValue.doubleValue()));
        Double todayX = today.toEpochDay() < first || today.toEpochDay() > last ? null : scale.x(today);
        List<Tick> xTicks = List.of(
                new Tick(box.left(), LocalDate.ofEpochDay(first).toString()),
                new Tick(
                        (box.left() + box.right()) / 2.0,
                        LocalDate.ofEpochDay((first + last) / 2).toString()),
                new Tick(box.right(), LocalDate.ofEpochDay(last).toString()));
        List<Tick> yTicks = new ArrayList<>();
        for (int k = 0; k <= Y_STEPS; k++) {
            double value = low + (high - low) * k / Y_STEPS;
            yTicks.add(new Tick(scale.y(value), number(value)));
        }
        return new ProgressChart(
                false,
                WIDTH,
                HEIGHT,
                measuredPath,
                dots,
                baseline,
                target,
                planned,
                todayX,
                xTicks,
                List.copyOf(yTicks),
                box);
    }

    private static Line horizontal(Box box, double y) {
        return new Line(box.left(), y, box.right(), y);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private record Scale(Box box, long first, long last, double low, double high) {

        double x(LocalDate day) {
            return round(
                    box.left() + (day.toEpochDay() - first) * (box.right() - box.left()) / (double) (last - first));
        }

        double y(double value) {
            return round(box.bottom() - (value - low) * (box.bottom() - box.top()) / (high - low));
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }
}
