package org.missionplanner.mission;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as lists of operations write them: "May 1948" or "1948-05" (a month: its first day, the
 * precision kept), "1948-05-29" (a day), and "Present" (no end yet).
 */
public final class MonthDates {

    private static final DateTimeFormatter MONTH_YEAR = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMMM uuuu")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH_YEAR = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMM uuuu")
            .toFormatter(Locale.ENGLISH);

    private MonthDates() {}

    /** A parsed date: the day, and whether the source gave only the month. */
    public record Parsed(LocalDate date, boolean monthOnly) {

        /** True when this date says the same as another: the same day, or for a month, any day of that month. */
        public boolean agreesWith(LocalDate other) {
            if (other == null) {
                return false;
            }
            return monthOnly ? YearMonth.from(date).equals(YearMonth.from(other)) : date.equals(other);
        }
    }

    /** True for the words that mean "no end yet". */
    public static boolean isPresent(String text) {
        return text != null && text.trim().equalsIgnoreCase("present");
    }

    /**
     * The date a text gives; empty for a blank text.
     *
     * @throws IllegalArgumentException when the text is not blank and not a date of a known form
     */
    public static Optional<Parsed> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : new DateTimeFormatter[] {MONTH_YEAR, SHORT_MONTH_YEAR}) {
            try {
                return Optional.of(new Parsed(YearMonth.parse(trimmed, format).atDay(1), true));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(new Parsed(YearMonth.parse(trimmed).atDay(1), true));
        } catch (DateTimeParseException e) {
            // not yyyy-MM
        }
        try {
            return Optional.of(new Parsed(LocalDate.parse(trimmed), false));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: " + trimmed);
        }
    }
}
