package org.missionplanner.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar writer: escaping, folding at 75 octets, CRLF, and a document another parser reads back. */
class ICalendarWriterTests {

    static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

    static Milestone milestone(String uid, LocalDate date, String title, String detail, String acronym) {
        return new Milestone(
                uid, date, MilestoneKind.STAGE_END, title, title, detail, "/missions/7/calendar", 7L, acronym);
    }

    @Test
    void escapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(ICalendarWriter.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        assertThat(ICalendarWriter.text("bell\u0007")).isEqualTo("bell");
        assertThat(ICalendarWriter.text(null)).isEmpty();
    }

    @Test
    void foldsLinesAt75OctetsWithoutSplittingACharacter() {
        String longLine = "SUMMARY:" + "é".repeat(100) + "€".repeat(20) + "\uD83C\uDF0D".repeat(5);
        String folded = ICalendarWriter.fold(longLine);
        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(longLine);
        assertThat(ICalendarWriter.fold("SHORT:line")).isEqualTo("SHORT:line");
        String exactly75 = "X".repeat(75);
        assertThat(ICalendarWriter.fold(exactly75)).isEqualTo(exactly75);
        assertThat(ICalendarWriter.fold(exactly75 + "Y")).isEqualTo(exactly75 + "\r\n Y");
    }

    @Test
    void writesAllDayEventsWithCrlfThatAParserReadsBack() throws Exception {
        String title = "Review; with, commas \\ and a very long title that will certainly need folding, "
                + "in Monrovia – Libéria";
        String document = ICalendarWriter.write(
                List.of(
                        milestone("stage-1-end", LocalDate.of(2004, 2, 29), title, "Owner: IMTF\nsecond line", "UNMIL"),
                        new Milestone(
                                "budget-year-2004",
                                LocalDate.of(2004, 7, 1),
                                MilestoneKind.BUDGET_YEAR,
                                "Peacekeeping budget year 2004/05 begins",
                                "2004/05",
                                null,
                                "/calendar",
                                null,
                                null)),
                "Mission Planner",
                "https://planner.example.org",
                "planner.example.org",
                NOW);

        assertThat(document).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(document.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : document.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(document).contains("DTSTART;VALUE=DATE:20040229\r\n", "DTEND;VALUE=DATE:20040301\r\n");
        assertThat(document).contains("DTSTAMP:20261203T060000Z\r\n");

        Calendar calendar = new CalendarBuilder().build(new StringReader(document));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getSummary().getValue()).isEqualTo("UNMIL: " + title);
        assertThat(first.getDescription().getValue()).isEqualTo("Owner: IMTF\nsecond line");
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("stage-1-end@planner.example.org");
        assertThat(first.getUrl().getValue()).isEqualTo("https://planner.example.org/missions/7/calendar");
        assertThat(first.getDateTimeStart().getValue()).isEqualTo("20040229");
        VEvent second = events.get(1);
        assertThat(second.getSummary().getValue()).isEqualTo("Peacekeeping budget year 2004/05 begins");
        assertThat(second.getDescription()).isNull();
    }
}
