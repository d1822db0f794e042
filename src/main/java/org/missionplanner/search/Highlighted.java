package org.missionplanner.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its matched words marked, as pieces of plain text: the page escapes each piece and
 * wraps the matched ones in {@code <mark>}, so no user text is ever written as HTML.
 */
public record Highlighted(List<Part> parts) {

    /** What PostgreSQL's {@code ts_headline} puts around a matched word (private-use characters). */
    static final char START = '\uE000';

    static final char STOP = '\uE001';

    public record Part(String text, boolean match) {}

    /** Splits a headline on the markers; stray markers in the source text are dropped. */
    static Highlighted parse(String headline) {
        List<Part> parts = new ArrayList<>();
        if (headline == null) {
            return new Highlighted(parts);
        }
        StringBuilder text = new StringBuilder();
        boolean match = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    parts.add(new Part(text.toString(), match));
                    text.setLength(0);
                }
                match = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), match));
        }
        return new Highlighted(List.copyOf(parts));
    }

    /** The text without marks. */
    public String plain() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    /** The matched words, each once, in order. */
    public List<String> matches() {
        return parts.stream().filter(Part::match).map(Part::text).distinct().toList();
    }
}
