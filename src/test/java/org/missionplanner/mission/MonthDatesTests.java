package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonthDatesTests {

    @Test
    void readsAMonthAndYearAsTheFirstOfTheMonth() {
        assertThat(MonthDates.parse("May 1948")).contains(new MonthDates.Parsed(LocalDate.of(1948, 5, 1), true));
        assertThat(MonthDates.parse(" september  1993 ").orElseThrow().date()).isEqualTo(LocalDate.of(1993, 9, 1));
        assertThat(MonthDates.parse("1948-05").orElseThrow().date()).isEqualTo(LocalDate.of(1948, 5, 1));
        assertThat(MonthDates.parse("Dec 2002").orElseThrow().date()).isEqualTo(LocalDate.of(2002, 12, 1));
    }

    @Test
    void readsAFullDateAsThatDay() {
        assertThat(MonthDates.parse("2003-09-19")).contains(new MonthDates.Parsed(LocalDate.of(2003, 9, 19), false));
    }

    @Test
    void presentMeansNoEndAndBlankMeansNoDate() {
        assertThat(MonthDates.isPresent("Present")).isTrue();
        assertThat(MonthDates.isPresent("present ")).isTrue();
        assertThat(MonthDates.isPresent("June 1967")).isFalse();
        assertThat(MonthDates.parse("  ")).isEmpty();
        assertThat(MonthDates.parse(null)).isEmpty();
    }

    @Test
    void rejectsTextThatIsNoDate() {
        assertThatThrownBy(() -> MonthDates.parse("Spring 1948")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthDates.parse("Present")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthDates.parse("13/1948")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMonthAgreesWithAnyDayOfThatMonthAndADayOnlyWithItself() {
        var month = MonthDates.parse("June 1999").orElseThrow();
        assertThat(month.agreesWith(LocalDate.of(1999, 6, 10))).isTrue();
        assertThat(month.agreesWith(LocalDate.of(1999, 7, 1))).isFalse();
        assertThat(month.agreesWith(null)).isFalse();
        var day = MonthDates.parse("1999-06-10").orElseThrow();
        assertThat(day.agreesWith(LocalDate.of(1999, 6, 10))).isTrue();
        assertThat(day.agreesWith(LocalDate.of(1999, 6, 11))).isFalse();
    }
}
