package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionplanner.shared.SvgLabel;
import org.missionplanner.structure.OrganigramLayout.Band;
import org.missionplanner.structure.OrganigramLayout.BandFrame;
import org.missionplanner.structure.OrganigramLayout.Box;
import org.missionplanner.structure.OrganigramLayout.Point;

/**
 * A laid-out organigram with every text placed, for the template {@code structure/organigram-svg}
 * that draws it (inline on the page, and as the SVG download): the header with its legend, the bands
 * set apart, the reporting lines as path data, and each unit's box with its name and its head's
 * title each wrapped on at most two lines.
 */
public record OrganigramDrawing(
        double width,
        double height,
        String title,
        SvgLabel heading,
        SvgLabel model,
        Legend primaryLegend,
        Legend secondaryLegend,
        List<Frame> bands,
        List<Line> lines,
        List<UnitBox> boxes) {

    private static final int NAME_CHARS = 27;
    private static final int TITLE_CHARS = 32;

    /** What a box says: the unit's name, its head's title, and a fill colour. */
    public record BoxText(String name, String subtitle, String fill) {}

    /** The translated texts of the diagram. */
    public record Labels(
            String title, String model, String primaryLine, String secondaryLine, String countryTeam, String outside) {}

    /** A sample of a kind of line (SVG path data) and what it stands for. */
    public record Legend(String path, SvgLabel label) {}

    /** A band set apart (the UN Country Team, outside entities): its frame and its title. */
    public record Frame(Band band, double x, double y, double width, double height, SvgLabel title) {

        public boolean countryTeam() {
            return band == Band.COUNTRY_TEAM;
        }
    }

    /** A reporting line as SVG path data: primary lines are drawn solid, secondary ones dashed. */
    public record Line(String fromKey, String toKey, boolean primary, String path) {}

    /**
     * A unit's box: its name on one or two lines, and its head's title on one or two lines at the
     * bottom when there is one; the tooltip has both in full.
     */
    public record UnitBox(
            String key,
            String tooltip,
            double x,
            double y,
            double width,
            double height,
            String fill,
            List<SvgLabel> nameLines,
            List<SvgLabel> subtitleLines) {}

    /** Places the texts of the diagram on the layout; a box without text shows its key. */
    public static OrganigramDrawing of(OrganigramLayout.Result layout, Map<String, BoxText> texts, Labels labels) {
        double x = OrganigramLayout.MARGIN;
        double y = OrganigramLayout.MARGIN;
        double legend = y + 62;
        double second = x + 260;
        List<Frame> bands =
                layout.bands().stream().map(frame -> frame(frame, labels)).toList();
        List<Line> lines = layout.lines().stream()
                .map(line -> new Line(line.fromKey(), line.toKey(), line.primary(), path(line)))
                .toList();
        List<UnitBox> boxes = layout.boxes().stream()
                .map(box -> box(box, texts.getOrDefault(box.key(), new BoxText(box.key(), null, "#ffffff"))))
                .toList();
        return new OrganigramDrawing(
                SvgLabel.round(layout.width()),
                SvgLabel.round(layout.height()),
                labels.title(),
                new SvgLabel(x, y + 16, labels.title()),
                new SvgLabel(x, y + 38, labels.model()),
                new Legend(
                        "M" + n(x) + " " + n(legend) + " H" + n(x + 40),
                        new SvgLabel(x + 48, legend + 4, labels.primaryLine())),
                new Legend(
                        "M" + n(second) + " " + n(legend) + " H" + n(second + 40),
                        new SvgLabel(second + 48, legend + 4, labels.secondaryLine())),
                bands,
                lines,
                boxes);
    }

    private static Frame frame(BandFrame frame, Labels labels) {
        String title = frame.band() == Band.COUNTRY_TEAM ? labels.countryTeam() : labels.outside();
        return new Frame(
                frame.band(),
                SvgLabel.round(frame.x()),
                SvgLabel.round(frame.y()),
                SvgLabel.round(frame.width()),
                SvgLabel.round(frame.height()),
                new SvgLabel(frame.x() + 12, frame.y() + 20, title));
    }

    private static UnitBox box(Box box, BoxText text) {
        List<String> names = wrap(text.name(), NAME_CHARS, 2);
        List<String> titles = text.subtitle() == null || text.subtitle().isBlank()
                ? List.of()
                : wrap(text.subtitle(), TITLE_CHARS, 2);
        List<SvgLabel> nameLines = new ArrayList<>();
        double y = box.y() + (titles.isEmpty() ? box.height() / 2 - 7.5 * (names.size() - 1) + 4 : 17);
        for (String name : names) {
            nameLines.add(new SvgLabel(box.x() + 8, y, name));
            y += 15;
        }
        List<SvgLabel> subtitleLines = new ArrayList<>();
        double titleY = box.y() + box.height() - 8 - 13 * (titles.size() - 1);
        for (String title : titles) {
            subtitleLines.add(new SvgLabel(box.x() + 8, titleY, title));
            titleY += 13;
        }
        return new UnitBox(
                box.key(),
                text.name() + (text.subtitle() == null ? "" : " (" + text.subtitle() + ")"),
                SvgLabel.round(box.x()),
                SvgLabel.round(box.y()),
                SvgLabel.round(box.width()),
                SvgLabel.round(box.height()),
                text.fill(),
                List.copyOf(nameLines),
                List.copyOf(subtitleLines));
    }

    /** Path data: orthogonal lines as polylines, the others as a curve bending towards the other box. */
    private static String path(OrganigramLayout.Line line) {
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

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
