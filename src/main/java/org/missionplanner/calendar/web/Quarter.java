package org.missionplanner.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.missionplanner.calendar.Milestone;

/** A quarter of a year, as the quarter view shows it: its three months with their milestones. */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("((?:19|20)\\d{2})-Q([1-4])");

    /** A month of the quarter with its milestones in date order. */
    public record Month(YearMonth month, List<Milestone> milestones) {}

    static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** "2004-Q2", or the quarter of {@code fallback} when the text is missing or malformed. */
    static Quarter parse(String text, LocalDate fallback) {
        if (text != null) {
            var matcher = TEXT.matcher(text.trim());
            if (matcher.matches()) {
                return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            }
        }
        return of(fallback);
    }

    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return of(first().minusDays(1));
    }

    public Quarter next() {
        return of(last().plusDays(1));
    }

    List<Month> months(List<Milestone> milestones) {
        return List.of(0, 1, 2).stream()
                .map(i -> YearMonth.from(first().plusMonths(i)))
                .map(month -> new Month(
                        month,
                        milestones.stream()
                                .filter(m -> YearMonth.from(m.date()).equals(month))
                                .toList()))
                .toList();
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
