package org.missionplanner.calendar;

import java.time.LocalDate;
import java.util.Collection;
import org.missionplanner.shared.BusinessRuleException;

/**
 * The days a calendar shows, both included. Without bounds it spans the data, and at least a year
 * either side of today; never more than {@value #MAX_YEARS} years.
 */
public record CalendarRange(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 60;

    public CalendarRange {
        if (from.isAfter(to)) {
            throw new BusinessRuleException("calendar.range.reversed", "to");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new BusinessRuleException("calendar.range.tooLong", "to");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The range asked for, with a missing bound taken from the data and today. */
    static CalendarRange of(LocalDate from, LocalDate to, Collection<LocalDate> dataDates, LocalDate today) {
        LocalDate earliest = dataDates.stream().min(LocalDate::compareTo).orElse(today);
        LocalDate latest = dataDates.stream().max(LocalDate::compareTo).orElse(today);
        LocalDate start = from != null ? from : min(earliest, today.minusYears(1));
        LocalDate end = to != null ? to : max(latest, today.plusYears(1));
        if (from == null && start.isAfter(end)) {
            start = end;
        }
        if (to == null && end.isBefore(start)) {
            end = start;
        }
        if (from == null && start.plusYears(MAX_YEARS).isBefore(end)) {
            start = end.minusYears(MAX_YEARS);
        }
        if (to == null && start.plusYears(MAX_YEARS).isBefore(end)) {
            end = start.plusYears(MAX_YEARS);
        }
        return new CalendarRange(start, end);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
