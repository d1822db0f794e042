package org.missionplanner.shared;

import java.time.LocalDate;

/**
 * What text and dates the application stores. Text has no control characters other than tab, line
 * feed and carriage return, C0 (NUL included) and C1 alike, and no lone half of a surrogate pair:
 * PostgreSQL refuses NUL, turns a lone surrogate into "?", and XML (the PDF export, the SVG
 * drawings, the spreadsheets) cannot carry either. Dates lie between the years 1900 and 2200, well
 * inside what PostgreSQL and every view can handle.
 */
public final class TextRules {

    /** The first and last day a date may be. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

    private TextRules() {}

    /** True when the text has a character that input must not bring in; null is acceptable. */
    public static boolean isRefused(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** True for a day that a date may be. */
    public static boolean isAcceptedDate(LocalDate day) {
        return day == null || (!day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY));
    }

    /**
     * The text without the characters that XML 1.0 cannot carry: control characters (tab and line
     * breaks are kept), lone surrogates, U+FFFE and U+FFFF. For writers of XML, SVG and PDF, whatever
     * reached the database before input was checked.
     */
    public static String printable(String text) {
        if (text == null || !needsCleaning(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (!isControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean needsCleaning(String text) {
        if (isRefused(text)) {
            return true;
        }
        return text.indexOf('\uFFFE') >= 0 || text.indexOf('\uFFFF') >= 0;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
