package org.missionplanner.shared;

/**
 * A text placed in a drawing that a Thymeleaf template turns into SVG: where it stands and what it
 * says, as plain text that the template escapes ({@code th:text}). Coordinates are kept to a tenth
 * of a pixel, finer than any screen shows.
 */
public record SvgLabel(double x, double y, String text) {

    public SvgLabel {
        x = round(x);
        y = round(y);
    }

    /** A coordinate to a tenth of a pixel, as the drawings write them. */
    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
