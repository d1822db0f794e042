package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionplanner.structure.OrganigramLayout.Band;
import org.missionplanner.structure.OrganigramLayout.BandFrame;
import org.missionplanner.structure.OrganigramLayout.Box;
import org.missionplanner.structure.OrganigramLayout.Line;
import org.missionplanner.structure.OrganigramLayout.Point;

/**
 * Draws a laid-out organigram as a standalone SVG document: presentation attributes only (no
 * script, no style attribute), every text escaped. Primary lines are solid, secondary lines dashed.
 */
public final class OrganigramSvg {

    static final String DASH = "7 5";
    private static final int NAME_CHARS = 27;
    private static final int TITLE_CHARS = 30;

    /** What a box says: the unit's name, its head's title, and a fill colour. */
    public record BoxText(String name, String subtitle, String fill) {}

    /** The translated texts of the diagram. */
    public record Labels(
            String title, String model, String primaryLine, String secondaryLine, String countryTeam, String outside) {}

    private OrganigramSvg() {}

    public static String render(OrganigramLayout.Result layout, Map<String, BoxText> texts, Labels labels) {
        var svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"organigram-svg\" role=\"img\"")
                .append(" width=\"")
                .append(n(layout.width()))
                .append("\" height=\"")
                .append(n(layout.height()))
                .append("\" viewBox=\"0 0 ")
                .append(n(layout.width()))
                .append(' ')
                .append(n(layout.height()))
                .append("\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(escape(labels.title())).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        header(svg, labels);
        for (BandFrame frame : layout.bands()) {
            svg.append("<g data-band=\"")
                    .append(frame.band().name())
                    .append("\">")
                    .append("<rect x=\"")
                    .append(n(frame.x()))
                    .append("\" y=\"")
                    .append(n(frame.y()))
                    .append("\" width=\"")
                    .append(n(frame.width()))
                    .append("\" height=\"")
                    .append(n(frame.height()))
                    .append("\" rx=\"6\" fill=\"")
                    .append(frame.band() == Band.COUNTRY_TEAM ? "#eef7fb" : "#f4f4f4")
                    .append("\" stroke=\"#9aa5b1\"/>")
                    .append(text(
                            frame.x() + 12,
                            frame.y() + 20,
                            frame.band() == Band.COUNTRY_TEAM ? labels.countryTeam() : labels.outside(),
                            "bold",
                            "13"))
                    .append("</g>\n");
        }
        for (Line line : layout.lines()) {
            svg.append("<path data-line=\"")
                    .append(line.primary() ? "primary" : "secondary")
                    .append("\" data-from=\"")
                    .append(escape(line.fromKey()))
                    .append("\" data-to=\"")
                    .append(escape(line.toKey()))
                    .append("\" d=\"")
                    .append(path(line))
                    .append("\" fill=\"none\" stroke=\"")
                    .append(line.primary() ? "#34495e" : "#c0392b")
                    .append("\" stroke-width=\"")
                    .append(line.primary() ? "1.5" : "1.4")
                    .append('"');
            if (!line.primary()) {
                svg.append(" stroke-dasharray=\"").append(DASH).append('"');
            }
            svg.append("/>\n");
        }
        for (Box box : layout.boxes()) {
            BoxText text = texts.getOrDefault(box.key(), new BoxText(box.key(), null, "#ffffff"));
            svg.append("<g data-unit=\"")
                    .append(escape(box.key()))
                    .append("\"><title>")
                    .append(escape(text.name()))
                    .append(text.subtitle() == null ? "" : " (" + escape(text.subtitle()) + ")")
                    .append("</title>")
                    .append("<rect x=\"")
                    .append(n(box.x()))
                    .append("\" y=\"")
                    .append(n(box.y()))
                    .append("\" width=\"")
                    .append(n(box.width()))
                    .append("\" height=\"")
                    .append(n(box.height()))
                    .append("\" rx=\"4\" fill=\"")
                    .append(escape(text.fill()))
                    .append("\" stroke=\"#34495e\"/>");
            List<String> nameLines = wrap(text.name(), NAME_CHARS, 2);
            double y = box.y() + (text.subtitle() == null || nameLines.size() > 1 ? 20 : 24);
            for (String nameLine : nameLines) {
                svg.append(text(box.x() + 8, y, nameLine, "bold", null));
                y += 15;
            }
            if (text.subtitle() != null && !text.subtitle().isBlank()) {
                svg.append(text(
                        box.x() + 8, box.y() + box.height() - 8, shorten(text.subtitle(), TITLE_CHARS), null, "11"));
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void header(StringBuilder svg, Labels labels) {
        double x = OrganigramLayout.MARGIN;
        double y = OrganigramLayout.MARGIN;
        svg.append(text(x, y + 16, labels.title(), "bold", "18"));
        svg.append(text(x, y + 38, labels.model(), null, "13"));
        double legend = y + 62;
        svg.append("<path data-legend=\"primary\" d=\"M")
                .append(n(x))
                .append(' ')
                .append(n(legend))
                .append(" H")
                .append(n(x + 40))
                .append("\" stroke=\"#34495e\" stroke-width=\"1.5\"/>");
        svg.append(text(x + 48, legend + 4, labels.primaryLine(), null, null));
        double second = x + 260;
        svg.append("<path data-legend=\"secondary\" d=\"M")
                .append(n(second))
                .append(' ')
                .append(n(legend))
                .append(" H")
                .append(n(second + 40))
                .append("\" stroke=\"#c0392b\" stroke-width=\"1.4\"")
                .append(" stroke-dasharray=\"")
                .append(DASH)
                .append("\"/>");
        svg.append(text(second + 48, legend + 4, labels.secondaryLine(), null, null))
                .append('\n');
    }

    private static String path(Line line) {
        List<Point> points = line.points();
        Point start = points.get(0);
        var d = new StringBuilder("M").append(n(start.x())).append(' ').append(n(start.y()));
        if (line.curved()) {
            Point end = points.get(points.size() - 1);
            boolean vertical = Math.abs(end.y() - start.y()) > Math.abs(end.x() - start.x()) / 4;
            double mx = (start.x() + end.x()) / 2;
            double my = (start.y() + end.y()) / 2;
            d.append(" C")
                    .append(vertical ? n(start.x()) + " " + n(my) : n(mx) + " " + n(start.y()))
                    .append(' ')
                    .append(vertical ? n(end.x()) + " " + n(my) : n(mx) + " " + n(end.y()))
                    .append(' ')
                    .append(n(end.x()))
                    .append(' ')
                    .append(n(end.y()));
        } else {
            for (Point point : points.subList(1, points.size())) {
                d.append(" L").append(n(point.x())).append(' ').append(n(point.y()));
            }
        }
        return d.toString();
    }

    private static String text(double x, double y, String content, String weight, String size) {
        var text = new StringBuilder("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append('"');
        if (weight != null) {
            text.append(" font-weight=\"").append(weight).append('"');
        }
        if (size != null) {
            text.append(" font-size=\"").append(size).append('"');
        }
        return text.append(" fill=\"#1b2631\">")
                .append(escape(content))
                .append("</text>")
                .toString();
    }

    /** Splits a name into at most maxLines lines of about width characters, the last one shortened. */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        var current = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        lines.add(current.toString());
        if (lines.size() > maxLines) {
            String last = String.join(" ", lines.subList(maxLines - 1, lines.size()));
            lines = new ArrayList<>(lines.subList(0, maxLines - 1));
            lines.add(last);
        }
        return lines.stream().map(line -> shorten(line, width)).toList();
    }

    static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
