package org.missionplanner.deployment;

import java.util.ArrayList;
import java.util.List;
import org.missionplanner.shared.SvgLabel;

/**
 * Deployed strength over the years as vertical bars (from RADPKO, or lighter when only the troops at
 * GeoPKO's locations are known), with the authorised uniformed strength as a dashed line across.
 * Geometry only: the SVG template places what it is given.
 */
public record StrengthChart(
        double width,
        double height,
        List<Bar> bars,
        List<Tick> ticks,
        Double authorisedY,
        double plotLeft,
        double plotRight,
        double plotBottom) {

    static final double WIDTH = 800;
    static final double HEIGHT = 300;
    static final double LEFT = 64;
    static final double RIGHT = 16;
    static final double TOP = 16;
    static final double BOTTOM = 36;

    /** A year's bar; {@code labelled} when its year is written under it. */
    public record Bar(
            int year, int deployed, boolean fromLocations, double x, double y, double w, double h, boolean labelled) {

        public double labelX() {
            return SvgLabel.round(x + w / 2);
        }
    }

    /** A horizontal grid line with its value. */
    public record Tick(double y, int value) {}

    public static StrengthChart of(List<StrengthYear> years, Integer authorised) {
        int max = Math.max(
                authorised == null ? 0 : authorised,
                years.stream().mapToInt(StrengthYear::deployed).max().orElse(0));
        int step = step(max);
        int top = Math.max(step, (int) Math.ceil((double) max / step) * step);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double slot = years.isEmpty() ? plotWidth : plotWidth / years.size();
        double barWidth = Math.min(48, slot * 0.7);
        int every = (int) Math.ceil(years.size() / 16.0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            StrengthYear y = years.get(i);
            double h = plotHeight * y.deployed() / top;
            bars.add(new Bar(
                    y.year(),
                    y.deployed(),
                    y.fromLocations(),
                    SvgLabel.round(LEFT + slot * i + (slot - barWidth) / 2),
                    SvgLabel.round(TOP + plotHeight - h),
                    SvgLabel.round(barWidth),
                    SvgLabel.round(h),
                    i % Math.max(1, every) == 0));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            ticks.add(new Tick(SvgLabel.round(TOP + plotHeight - plotHeight * v / top), v));
        }
        Double authorisedY =
                authorised == null ? null : SvgLabel.round(TOP + plotHeight - plotHeight * authorised / top);
        return new StrengthChart(WIDTH, HEIGHT, bars, ticks, authorisedY, LEFT, WIDTH - RIGHT, TOP + plotHeight);
    }

    /** A round step giving four to eight grid lines. */
    static int step(int max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return (int) Math.max(1, Math.round(m * magnitude));
            }
        }
        return (int) Math.round(10 * magnitude);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
