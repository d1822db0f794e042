package org.missionplanner.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes milestones as an iCalendar (RFC 5545) document: one all-day VEVENT per milestone with UID,
 * DTSTAMP, DTSTART, DTEND (the next day), SUMMARY, URL and, when there is one, DESCRIPTION. Text is
 * escaped (backslash, semicolon, comma, line breaks), every line ends with CRLF, and lines longer
 * than 75 octets of UTF-8 are folded without splitting a character.
 *
 * <p>A small writer rather than a library: the feed needs a dozen properties of one component, and
 * ical4j would bring five more runtime libraries for it.
 */
final class ICalendarWriter {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendarWriter() {}

    /**
     * The document. {@code baseUrl} (no trailing slash) is put before each milestone's link;
     * {@code domain} ends each UID so that UIDs are unique beyond this application.
     */
    static String write(List<Milestone> milestones, String calendarName, String baseUrl, String domain, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Mission Planner//Planning calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        String stamp = STAMP.format(now);
        for (Milestone m : milestones) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(m.uid() + "@" + domain));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(m.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(m.date().plusDays(1)));
            String summary = m.missionAcronym() == null ? m.title() : m.missionAcronym() + ": " + m.title();
            line(out, "SUMMARY:" + text(summary));
            if (m.detail() != null && !m.detail().isBlank()) {
                line(out, "DESCRIPTION:" + text(m.detail()));
            }
            line(out, "CATEGORIES:" + text(m.kind().name()));
            if (m.link() != null) {
                line(out, "URL:" + baseUrl + m.link());
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value escaped per RFC 5545 3.3.11; other control characters are dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length());
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Appends a content line, folded at {@value #MAX_OCTETS} octets, with CRLF. */
    static void line(StringBuilder out, String content) {
        out.append(fold(content)).append(CRLF);
    }

    /**
     * Splits a line so that no physical line is longer than {@value #MAX_OCTETS} octets of UTF-8
     * (a continuation line counts its leading space), never inside a character.
     */
    static String fold(String content) {
        StringBuilder out = new StringBuilder(content.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
