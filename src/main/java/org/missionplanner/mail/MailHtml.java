package org.missionplanner.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The HTML part of a message, from its plain text, in the recipient's language: the template
 * {@code mail/message.html} (inline styles only, nothing fetched from elsewhere). Paragraphs stay
 * paragraphs; a line that is only a link becomes a link named in words ("Open in Mission Planner");
 * the items of a digest become a list whose lines are their links; the footer after {@code -- } keeps
 * its unsubscribe and preference links.
 */
@Component
class MailHtml {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final String SIGNATURE = "\n-- \n";

    private final ITemplateEngine templates;

    MailHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    String render(String subject, String text, String language) {
        int signature = text.indexOf(SIGNATURE);
        String main = signature < 0 ? text : text.substring(0, signature);
        String footer = signature < 0 ? "" : text.substring(signature + SIGNATURE.length());
        Context context = new Context(
                Locale.forLanguageTag(language),
                Map.of(
                        "lang",
                        language,
                        "subject",
                        subject,
                        "blocks",
                        blocks(main),
                        "footer",
                        footer.lines()
                                .filter(line -> !line.isBlank())
                                .map(MailHtml::line)
                                .toList()));
        return templates.process("mail/message", context);
    }

    /** A paragraph, a link on a line of its own, or the items of a list. */
    record Block(String kind, List<Line> lines, String href) {}

    record Line(List<Segment> segments) {}

    /** Text, or a link when {@code href} is set. */
    record Segment(String text, String href) {}

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            List<String> lines = paragraph.lines().toList();
            if (lines.size() == 1 && URL.matcher(lines.get(0).strip()).matches()) {
                blocks.add(new Block("action", List.of(), lines.get(0).strip()));
            } else if (lines.get(0).startsWith("- ")) {
                blocks.add(new Block("list", items(lines), null));
            } else {
                blocks.add(new Block(
                        "paragraph", lines.stream().map(MailHtml::line).toList(), null));
            }
        }
        return blocks;
    }

    /** Digest items: "- what happened" then, indented, its link: the words become the link. */
    private static List<Line> items(List<String> lines) {
        List<Line> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String item = lines.get(i).replaceFirst("^- ", "");
            String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
            if (URL.matcher(next).matches()) {
                items.add(new Line(List.of(new Segment(item, next))));
                i++;
            } else {
                items.add(line(item));
            }
        }
        return items;
    }

    private static Line line(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher url = URL.matcher(text);
        int from = 0;
        while (url.find()) {
            if (url.start() > from) {
                segments.add(new Segment(text.substring(from, url.start()), null));
            }
            segments.add(new Segment(url.group(), url.group()));
            from = url.end();
        }
        if (from < text.length()) {
            segments.add(new Segment(text.substring(from), null));
        }
        return new Line(segments);
    }
}
