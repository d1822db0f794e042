package org.missionplanner.planview;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.missionplanner.plan.BenchmarkView;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;

/**
 * Draws a plan as a Gantt-style picture in two SVG documents of the same width: the axis (legend,
 * years, quarters or months, today) that a page keeps in view, and the body (a band per objective,
 * a bar per dated task, a diamond per benchmark). Presentation attributes only, every text escaped.
 * The time horizons differ by colour and by fill pattern (solid, stripes, dots), so that the
 * picture reads in grey too; transition benchmarks are filled, the others hollow.
 */
public final class TimelineSvg {

    static final int WIDTH = 1240;
    static final int LABEL_WIDTH = 330;
    static final int CHART_X = 340;
    static final int CHART_WIDTH = WIDTH - CHART_X - 16;
    static final int ROW = 20;
    static final int GROUP_ROW = 26;
    static final int AXIS_HEIGHT = 86;
    private static final int LABEL_CHARS = 52;
    private static final String FONT = "Segoe UI, Helvetica, Arial, sans-serif";
    private static final String TODAY = "#c0392b";

    /** The translated texts; horizons and dimensions by their enum value. */
    public record Labels(
            String title,
            String today,
            String benchmarks,
            String benchmark,
            String transition,
            String unlinked,
            String planWide,
            String noHorizon,
            String outsidePeriod,
            String achieved,
            Map<TimeHorizon, String> horizons,
            Map<Dimension, String> dimensions) {}

    /** The two documents and the day the today line marks (null when outside the period). */
    public record Drawing(String axis, String body, LocalDate todayShown) {}

    private final PlanOutline outline;
    private final Labels labels;
    private final Locale locale;
    private final LocalDate start;
    private final LocalDate end;
    private final LocalDate today;
    private final LongFunction<String> taskHref;
    private final double days;

    private TimelineSvg(
            PlanOutline outline, Labels labels, Locale locale, LocalDate today, LongFunction<String> taskHref) {
        this.outline = outline;
        this.labels = labels;
        this.locale = locale;
        this.start = outline.plan().periodStart();
        this.end = outline.plan().periodEnd().isBefore(start)
                ? start
                : outline.plan().periodEnd();
        this.today = today;
        this.taskHref = taskHref;
        this.days = ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Draws the dated tasks and benchmarks of the outline; {@code taskHref} gives the link of a task id. */
    public static Drawing draw(
            PlanOutline outline, Labels labels, Locale locale, LocalDate today, LongFunction<String> taskHref) {
        return new TimelineSvg(outline, labels, locale, today, taskHref).draw();
    }

    /** A task with both dates is drawn; the others are listed beside the picture. */
    public static boolean isDated(TaskView task) {
        return task.startOn() != null && task.endOn() != null;
    }

    private Drawing draw() {
        boolean todayInPeriod = today != null && !today.isBefore(start) && !today.isAfter(end);
        var body = new StringBuilder(64_000);
        double y = 6;
        List<String> rows = new ArrayList<>();
        for (PlanOutline.ObjectiveNode node : outline.objectives()) {
            ObjectiveView objective = node.objective();
            String heading = objective.position() + ". " + objective.title()
                    + (objective.dimension() == null
                            ? ""
                            : " · " + labels.dimensions().get(objective.dimension()));
            y = group(
                    rows,
                    y,
                    "objective-" + objective.id(),
                    heading,
                    node.allTasks(),
                    node.benchmarks(),
                    labels.benchmarks());
        }
        y = group(rows, y, "unlinked", labels.unlinked(), outline.unlinkedTasks(), List.of(), labels.benchmarks());
        y = group(rows, y, "plan-wide", labels.planWide(), List.of(), outline.benchmarks(), labels.benchmark());
        double height = Math.max(y + 6, 40);

        body.append(open("timeline-body", height, labels.title()));
        grid(body, 0, height, false);
        rows.forEach(body::append);
        if (todayInPeriod) {
            body.append("<line class=\"today\" data-today=\"")
                    .append(today)
                    .append("\" x1=\"")
                    .append(n(x(today)))
                    .append("\" y1=\"0\" x2=\"")
                    .append(n(x(today)))
                    .append("\" y2=\"")
                    .append(n(height))
                    .append("\" stroke=\"")
                    .append(TODAY)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n");
        }
        body.append("</svg>\n");
        return new Drawing(axis(todayInPeriod), body.toString(), todayInPeriod ? today : null);
    }

    private double group(
            List<String> out,
            double y,
            String id,
            String heading,
            List<TaskView> tasks,
            List<BenchmarkView> benchmarks,
            String benchmarkRow) {
        List<TaskView> dated = tasks.stream().filter(TimelineSvg::isDated).toList();
        List<BenchmarkView> due =
                benchmarks.stream().filter(b -> b.dueOn() != null).toList();
        if (dated.isEmpty() && due.isEmpty() && !id.startsWith("objective-")) {
            return y;
        }
        var svg = new StringBuilder(dated.size() * 420 + 400);
        svg.append("<g class=\"objective\" data-group=\"").append(id).append("\">");
        svg.append("<rect x=\"0\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(GROUP_ROW - 2)
                .append("\" fill=\"#e8eef5\"/>");
        svg.append(text(8, y + 17, shorten(heading, 150), "bold", "13", "#1b2631"));
        y += GROUP_ROW;
        if (!due.isEmpty()) {
            svg.append(text(18, y + 14, benchmarkRow, "italic", "12", "#34495e"));
            for (BenchmarkView benchmark : due) {
                svg.append(diamond(benchmark, y + ROW / 2.0));
            }
            y += ROW;
        }
        int index = 0;
        for (TaskView task : dated) {
            if (index++ % 2 == 1) {
                svg.append("<rect x=\"0\" y=\"")
                        .append(n(y))
                        .append("\" width=\"")
                        .append(WIDTH)
                        .append("\" height=\"")
                        .append(ROW)
                        .append("\" fill=\"#f7f9fb\"/>");
            }
            svg.append(task(task, y));
            y += ROW;
        }
        out.add(svg.append("</g>\n").toString());
        return y + 4;
    }

    private String task(TaskView task, double y) {
        String horizon = task.horizon() == null ? "none" : slug(task.horizon().name());
        double x1 = x(task.startOn().isBefore(start) ? start : task.startOn());
        double x2 = x(task.endOn().isAfter(end) ? end.plusDays(1) : task.endOn().plusDays(1));
        if (x2 - x1 < 4) {
            x2 = Math.min(x1 + 4, CHART_X + CHART_WIDTH);
            x1 = x2 - 4;
        }
        String tip = task.title() + " (" + task.startOn() + " – " + task.endOn() + "; "
                + (task.horizon() == null
                        ? labels.noHorizon()
                        : labels.horizons().get(task.horizon()))
                + (task.lead() == null ? "" : "; " + task.lead().name())
                + (task.outsidePeriod() ? "; " + labels.outsidePeriod() : "") + ")";
        var svg = new StringBuilder(420);
        svg.append("<a href=\"")
                .append(escape(taskHref.apply(task.id())))
                .append("\" data-task=\"")
                .append(task.id())
                .append("\"><title>")
                .append(escape(tip))
                .append("</title>");
        svg.append(text(18, y + 14, shorten(task.title(), LABEL_CHARS), null, "12", "#1a5276"));
        svg.append("<rect class=\"bar horizon-")
                .append(horizon)
                .append("\" x=\"")
                .append(n(x1))
                .append("\" y=\"")
                .append(n(y + 4))
                .append("\" width=\"")
                .append(n(x2 - x1))
                .append("\" height=\"12\" rx=\"2\" fill=\"")
                .append(fill(task.horizon()))
                .append("\" stroke=\"")
                .append(stroke(task.horizon()))
                .append("\" stroke-width=\"1.2\"");
        if (task.outsidePeriod()) {
            svg.append(" stroke-dasharray=\"3 2\"");
        }
        if (task.status() == TaskStatus.DROPPED) {
            svg.append(" opacity=\"0.4\"");
        }
        return svg.append("/></a>").toString();
    }

    private String diamond(BenchmarkView benchmark, double cy) {
        LocalDate due =
                benchmark.dueOn().isBefore(start) ? start : benchmark.dueOn().isAfter(end) ? end : benchmark.dueOn();
        double cx = x(due) + CHART_WIDTH / days / 2;
        double r = benchmark.transition() ? 7 : 6;
        String tip = (benchmark.transition() ? labels.transition() : labels.benchmark()) + ": "
                + benchmark.description() + " (" + benchmark.dueOn()
                + (benchmark.achieved() ? "; " + labels.achieved() : "") + ")";
        return "<g class=\"benchmark" + (benchmark.transition() ? " transition" : "") + "\" data-benchmark=\""
                + benchmark.id() + "\"><title>" + escape(tip) + "</title><path d=\"M" + n(cx) + " " + n(cy - r)
                + " L" + n(cx + r) + " " + n(cy) + " L" + n(cx) + " " + n(cy + r) + " L" + n(cx - r) + " " + n(cy)
                + " Z\" fill=\"" + (benchmark.transition() ? "#6c3483" : "#ffffff") + "\" stroke=\""
                + (benchmark.transition() ? "#4a235a" : "#34495e") + "\" stroke-width=\"1.6\"/></g>";
    }

    private String axis(boolean todayInPeriod) {
        var svg = new StringBuilder(8_000);
        svg.append(open("timeline-axis", AXIS_HEIGHT, labels.title()));
        svg.append(defs());
        legend(svg);
        grid(svg, 34, AXIS_HEIGHT, true);
        svg.append("<line x1=\"")
                .append(CHART_X)
                .append("\" y1=\"")
                .append(AXIS_HEIGHT - 1)
                .append("\" x2=\"")
                .append(CHART_X + CHART_WIDTH)
                .append("\" y2=\"")
                .append(AXIS_HEIGHT - 1)
                .append("\" stroke=\"#5d6d7e\"/>");
        if (todayInPeriod) {
            double tx = x(today);
            svg.append("<g class=\"today\"><line x1=\"")
                    .append(n(tx))
                    .append("\" y1=\"34\" x2=\"")
                    .append(n(tx))
                    .append("\" y2=\"")
                    .append(AXIS_HEIGHT)
                    .append("\" stroke=\"")
                    .append(TODAY)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
                    .append("<rect x=\"")
                    .append(n(tx - 24))
                    .append("\" y=\"")
                    .append(AXIS_HEIGHT - 16)
                    .append("\" width=\"48\" height=\"14\" rx=\"3\" fill=\"")
                    .append(TODAY)
                    .append("\"/>")
                    .append(text(tx, AXIS_HEIGHT - 5, labels.today(), "bold", "10", "#ffffff", "middle"))
                    .append("</g>");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Solid for immediate, stripes for the political timetable, dots for the long term. */
    private static String defs() {
        return "<defs>"
                + "<pattern id=\"timeline-stripes\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
                + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#2874a6\"/>"
                + "<rect width=\"2\" height=\"6\" fill=\"#d6eaf8\"/></pattern>"
                + "<pattern id=\"timeline-dots\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\">"
                + "<rect width=\"5\" height=\"5\" fill=\"#d4efdf\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.3\""
                + " fill=\"#1e8449\"/></pattern></defs>";
    }

    private void legend(StringBuilder svg) {
        double x = 8;
        svg.append("<g class=\"legend\">");
        for (TimeHorizon horizon : TimeHorizon.values()) {
            svg.append("<rect class=\"bar horizon-")
                    .append(slug(horizon.name()))
                    .append("\" x=\"")
                    .append(n(x))
                    .append("\" y=\"9\" width=\"30\" height=\"12\" rx=\"2\" fill=\"")
                    .append(fill(horizon))
                    .append("\" stroke=\"")
                    .append(stroke(horizon))
                    .append("\" stroke-width=\"1.2\"/>");
            String name = labels.horizons().get(horizon);
            svg.append(text(x + 36, 19, name, null, "12", "#1b2631"));
            x += 52 + name.length() * 6.2;
        }
        svg.append(diamondAt(x + 8, 15, 6, false)).append(text(x + 20, 19, labels.benchmark(), null, "12", "#1b2631"));
        x += 32 + labels.benchmark().length() * 6.2;
        svg.append(diamondAt(x + 8, 15, 7, true)).append(text(x + 20, 19, labels.transition(), null, "12", "#1b2631"));
        x += 32 + labels.transition().length() * 6.2;
        svg.append("<line x1=\"")
                .append(n(x + 4))
                .append("\" y1=\"8\" x2=\"")
                .append(n(x + 4))
                .append("\" y2=\"23\" stroke=\"")
                .append(TODAY)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
                .append(text(x + 12, 19, labels.today(), null, "12", "#1b2631"));
        svg.append("</g>");
    }

    private static String diamondAt(double cx, double cy, double r, boolean transition) {
        return "<path d=\"M" + n(cx) + " " + n(cy - r) + " L" + n(cx + r) + " " + n(cy) + " L" + n(cx) + " "
                + n(cy + r) + " L" + n(cx - r) + " " + n(cy) + " Z\" fill=\"" + (transition ? "#6c3483" : "#ffffff")
                + "\" stroke=\"" + (transition ? "#4a235a" : "#34495e") + "\" stroke-width=\"1.6\"/>";
    }

    /**
     * Vertical lines at each month (quarters stronger, years strongest); with labels on the axis:
     * years, then quarters, or months when the period is short enough for them to fit.
     */
    private void grid(StringBuilder svg, double top, double bottom, boolean labelled) {
        boolean months = days <= 550;
        LocalDate month = start.withDayOfMonth(1);
        svg.append("<g class=\"grid\">");
        while (!month.isAfter(end)) {
            LocalDate next = month.plusMonths(1);
            boolean quarter = (month.getMonthValue() - 1) % 3 == 0;
            boolean year = month.getMonthValue() == 1;
            double mx = x(month.isBefore(start) ? start : month);
            if (!month.isBefore(start)) {
                svg.append("<line class=\"")
                        .append(year ? "tick-year" : quarter ? "tick-quarter" : "tick-month")
                        .append("\" x1=\"")
                        .append(n(mx))
                        .append("\" y1=\"")
                        .append(n(labelled ? (year ? top : quarter ? top + 20 : bottom - 10) : top))
                        .append("\" x2=\"")
                        .append(n(mx))
                        .append("\" y2=\"")
                        .append(n(bottom))
                        .append("\" stroke=\"")
                        .append(year ? "#5d6d7e" : quarter ? "#aab7c4" : "#e5e8ec")
                        .append("\" stroke-width=\"")
                        .append(year ? "1.2" : "1")
                        .append("\"/>");
            }
            if (labelled) {
                double nx = x(next.isAfter(end) ? end.plusDays(1) : next);
                if (year || month.equals(start.withDayOfMonth(1))) {
                    svg.append(text(mx + 4, top + 12, String.valueOf(month.getYear()), "bold", "12", "#1b2631"));
                }
                if (months && nx - mx > 22) {
                    svg.append(text(
                            (mx + nx) / 2,
                            bottom - 24,
                            month.getMonth().getDisplayName(TextStyle.SHORT, locale),
                            null,
                            "10",
                            "#34495e",
                            "middle"));
                } else if (!months && (quarter || month.equals(start.withDayOfMonth(1)))) {
                    LocalDate quarterEnd = month.withMonth(((month.getMonthValue() - 1) / 3) * 3 + 1)
                            .plusMonths(3);
                    double qx = x(quarterEnd.isAfter(end) ? end.plusDays(1) : quarterEnd);
                    if (qx - mx > 20) {
                        svg.append(text(
                                (mx + qx) / 2,
                                bottom - 24,
                                "Q" + ((month.getMonthValue() - 1) / 3 + 1),
                                null,
                                "11",
                                "#34495e",
                                "middle"));
                    }
                }
            }
            month = next;
        }
        svg.append("</g>");
    }

    private String open(String kind, double height, String title) {
        // the body holds links, which role="img" would hide from assistive technology
        String role = kind.equals("timeline-axis") ? "img" : "group";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + kind + "\" role=\"" + role + "\" aria-label=\""
                + escape(title) + "\" width=\"" + WIDTH
                + "\" height=\"" + n(height) + "\" viewBox=\"0 0 " + WIDTH + " " + n(height) + "\" font-family=\""
                + FONT + "\" font-size=\"12\"><title>" + escape(title) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";
    }

    private double x(LocalDate day) {
        return CHART_X + ChronoUnit.DAYS.between(start, day) / days * CHART_WIDTH;
    }

    private static String fill(TimeHorizon horizon) {
        if (horizon == null) {
            return "#aab7b8";
        }
        return switch (horizon) {
            case IMMEDIATE -> "#b03a2e";
            case POLITICAL_TIMETABLE -> "url(#timeline-stripes)";
            case LONG_TERM -> "url(#timeline-dots)";
        };
    }

    private static String stroke(TimeHorizon horizon) {
        if (horizon == null) {
            return "#707b7c";
        }
        return switch (horizon) {
            case IMMEDIATE -> "#78281f";
            case POLITICAL_TIMETABLE -> "#1b4f72";
            case LONG_TERM -> "#1e8449";
        };
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(double x, double y, String content, String weight, String size, String fill) {
        return text(x, y, content, weight, size, fill, null);
    }

    private static String text(
            double x, double y, String content, String style, String size, String fill, String anchor) {
        var t = new StringBuilder("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append('"');
        if ("bold".equals(style)) {
            t.append(" font-weight=\"bold\"");
        } else if ("italic".equals(style)) {
            t.append(" font-style=\"italic\"");
        }
        if (size != null) {
            t.append(" font-size=\"").append(size).append('"');
        }
        if (fill != null) {
            t.append(" fill=\"").append(fill).append('"');
        }
        if (anchor != null) {
            t.append(" text-anchor=\"").append(anchor).append('"');
        }
        return t.append('>').append(escape(content)).append("</text>").toString();
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static String n(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
