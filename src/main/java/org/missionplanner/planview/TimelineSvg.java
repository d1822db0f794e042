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
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.shared.SvgLabel;

/**
 * Lays a plan out as a Gantt-style picture in two SVG drawings of the same width, which the template
 * {@code plans/timeline-svg} draws: the axis (legend, years, quarters or months, today) that a page
 * keeps in view, and the body (a band per objective, a bar per dated task, a diamond per benchmark).
 * The time horizons differ by colour and by fill pattern (solid, stripes, dots), so that the picture
 * reads in grey too; transition benchmarks are filled, the others hollow.
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
    /** Beyond this many months (a plan's longest period and a little), the grid marks years only. */
    private static final int MAX_MONTH_LINES = (PlanDetails.MAX_YEARS + 1) * 12;

    private static final int MAX_YEAR_LINES = 30;
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};

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

    /** The two drawings and the day the today line marks (null when outside the period). */
    public record Drawing(Axis axis, Body body, LocalDate todayShown) {}

    /** The axis: the legend, the grid with its labels, the base line, and today's marker (or null). */
    public record Axis(
            int width,
            double height,
            String title,
            Legend legend,
            List<GridMonth> grid,
            Rule baseline,
            AxisToday today) {}

    /** The body: the grid behind a group per objective (then unlinked tasks, plan-wide benchmarks), and today's line. */
    public record Body(int width, double height, String title, List<GridMonth> grid, List<Group> groups, Today today) {}

    /** A plain rectangle: a group's band, a task row's stripe, the badge of today on the axis. */
    public record Rect(double x, double y, double width, double height) {}

    /** A straight line. */
    public record Rule(double x1, double y1, double x2, double y2) {}

    /** A bar of a time horizon ({@code horizon} is its CSS name, "none" without one), filled by horizon. */
    public record Bar(
            String horizon,
            double x,
            double y,
            double width,
            String fill,
            String stroke,
            boolean outsidePeriod,
            boolean dropped) {}

    /** A benchmark's diamond as path data; transition benchmarks are filled. */
    public record Diamond(String path, boolean transition) {}

    /** A legend entry: a sample bar and the horizon's name. */
    public record LegendBar(Bar bar, SvgLabel label) {}

    /** The legend: the horizons, the two kinds of benchmark, and today. */
    public record Legend(
            List<LegendBar> horizons,
            Diamond benchmark,
            SvgLabel benchmarkLabel,
            Diamond transition,
            SvgLabel transitionLabel,
            Rule today,
            SvgLabel todayLabel) {}

    /**
     * A month of the grid: its line (null for a month that starts before the period), and on the axis
     * the labels that start there: the year, the month's name, or the quarter.
     */
    public record GridMonth(Tick tick, SvgLabel year, SvgLabel month, SvgLabel quarter) {}

    /** A month's line: {@code kind} is year, quarter or month, from the strongest line to the faintest. */
    public record Tick(String kind, double x, double y1, double y2) {}

    /** Today on the axis: the dashed line and a badge with the word. */
    public record AxisToday(double x, double y1, double y2, Rect badge, SvgLabel label) {}

    /** Today's line across the body. */
    public record Today(LocalDate day, double x) {}

    /**
     * A group of rows: its band and heading (shortened to fit; {@code title} in full), its benchmarks'
     * row (or null) and a row per dated task.
     */
    public record Group(
            String id,
            String title,
            Rect band,
            SvgLabel heading,
            SvgLabel benchmarkRow,
            List<Benchmark> benchmarks,
            List<TaskRow> tasks) {}

    /** A benchmark on its row, with the text shown on hover. */
    public record Benchmark(long id, String tooltip, Diamond diamond) {}

    /**
     * A task's row: a link to the task, its title and its bar; every other row is striped. Its full
     * title, dates and time horizon are also said in the table beside the picture.
     */
    public record TaskRow(
            long id,
            String href,
            String tooltip,
            SvgLabel label,
            Rect stripe,
            Bar bar,
            String title,
            LocalDate startOn,
            LocalDate endOn,
            String horizon) {}

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

    /** Lays out the dated tasks and benchmarks of the outline; {@code taskHref} gives the link of a task id. */
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
        double y = 6;
        List<Group> groups = new ArrayList<>();
        for (PlanOutline.ObjectiveNode node : outline.objectives()) {
            ObjectiveView objective = node.objective();
            String heading = objective.position() + ". " + objective.title()
                    + (objective.dimension() == null
                            ? ""
                            : " · " + labels.dimensions().get(objective.dimension()));
            y = group(
                    groups,
                    y,
                    "objective-" + objective.id(),
                    heading,
                    node.allTasks(),
                    node.benchmarks(),
                    labels.benchmarks());
        }
        y = group(groups, y, "unlinked", labels.unlinked(), outline.unlinkedTasks(), List.of(), labels.benchmarks());
        y = group(groups, y, "plan-wide", labels.planWide(), List.of(), outline.benchmarks(), labels.benchmark());
        double height = Math.max(y + 6, 40);
        var body = new Body(
                WIDTH,
                height,
                labels.title(),
                grid(0, height, false),
                List.copyOf(groups),
                todayInPeriod ? new Today(today, round(x(today))) : null);
        return new Drawing(axis(todayInPeriod), body, todayInPeriod ? today : null);
    }

    private double group(
            List<Group> out,
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
        Rect band = new Rect(0, round(y), WIDTH, GROUP_ROW - 2);
        SvgLabel title = new SvgLabel(8, y + 17, shorten(heading, 150));
        y += GROUP_ROW;
        SvgLabel benchmarkLabel = null;
        List<Benchmark> diamonds = new ArrayList<>();
        if (!due.isEmpty()) {
            benchmarkLabel = new SvgLabel(18, y + 14, benchmarkRow);
            for (BenchmarkView benchmark : due) {
                diamonds.add(benchmark(benchmark, y + ROW / 2.0));
            }
            y += ROW;
        }
        List<TaskRow> rows = new ArrayList<>();
        int index = 0;
        for (TaskView task : dated) {
            Rect stripe = index++ % 2 == 1 ? new Rect(0, round(y), WIDTH, ROW) : null;
            rows.add(task(task, y, stripe));
            y += ROW;
        }
        out.add(new Group(id, heading, band, title, benchmarkLabel, List.copyOf(diamonds), List.copyOf(rows)));
        return y + 4;
    }

    private TaskRow task(TaskView task, double y, Rect stripe) {
        double x1 = x(task.startOn().isBefore(start) ? start : task.startOn());
        double x2 = x(task.endOn().isAfter(end) ? end.plusDays(1) : task.endOn().plusDays(1));
        if (x2 - x1 < 4) {
            x2 = Math.min(x1 + 4, CHART_X + CHART_WIDTH);
            x1 = x2 - 4;
        }
        String horizon =
                task.horizon() == null ? labels.noHorizon() : labels.horizons().get(task.horizon());
        String tip = task.title() + " (" + task.startOn() + " – " + task.endOn() + "; "
                + horizon
                + (task.lead() == null ? "" : "; " + task.lead().name())
                + (task.outsidePeriod() ? "; " + labels.outsidePeriod() : "") + ")";
        return new TaskRow(
                task.id(),
                taskHref.apply(task.id()),
                tip,
                new SvgLabel(18, y + 14, shorten(task.title(), LABEL_CHARS)),
                stripe,
                new Bar(
                        task.horizon() == null ? "none" : slug(task.horizon().name()),
                        round(x1),
                        round(y + 4),
                        round(x2 - x1),
                        fill(task.horizon()),
                        stroke(task.horizon()),
                        task.outsidePeriod(),
                        task.status() == TaskStatus.DROPPED),
                task.title(),
                task.startOn(),
                task.endOn(),
                horizon);
    }

    private Benchmark benchmark(BenchmarkView benchmark, double cy) {
        LocalDate due =
                benchmark.dueOn().isBefore(start) ? start : benchmark.dueOn().isAfter(end) ? end : benchmark.dueOn();
        double cx = x(due) + CHART_WIDTH / days / 2;
        String tip = (benchmark.transition() ? labels.transition() : labels.benchmark()) + ": "
                + benchmark.description() + " (" + benchmark.dueOn()
                + (benchmark.achieved() ? "; " + labels.achieved() : "") + ")";
        return new Benchmark(
                benchmark.id(), tip, diamond(cx, cy, benchmark.transition() ? 7 : 6, benchmark.transition()));
    }

    private Axis axis(boolean todayInPeriod) {
        AxisToday marker = null;
        if (todayInPeriod) {
            double tx = round(x(today));
            marker = new AxisToday(
                    tx,
                    34,
                    AXIS_HEIGHT,
                    new Rect(round(tx - 24), AXIS_HEIGHT - 16, 48, 14),
                    new SvgLabel(tx, AXIS_HEIGHT - 5, labels.today()));
        }
        return new Axis(
                WIDTH,
                AXIS_HEIGHT,
                labels.title(),
                legend(),
                grid(34, AXIS_HEIGHT, true),
                new Rule(CHART_X, AXIS_HEIGHT - 1, CHART_X + CHART_WIDTH, AXIS_HEIGHT - 1),
                marker);
    }

    private Legend legend() {
        double x = 8;
        List<LegendBar> horizons = new ArrayList<>();
        for (TimeHorizon horizon : TimeHorizon.values()) {
            String name = labels.horizons().get(horizon);
            horizons.add(new LegendBar(
                    new Bar(slug(horizon.name()), round(x), 9, 30, fill(horizon), stroke(horizon), false, false),
                    new SvgLabel(x + 36, 19, name)));
            x += 52 + name.length() * 6.2;
        }
        Diamond benchmark = diamond(x + 8, 15, 6, false);
        SvgLabel benchmarkLabel = new SvgLabel(x + 20, 19, labels.benchmark());
        x += 32 + labels.benchmark().length() * 6.2;
        Diamond transition = diamond(x + 8, 15, 7, true);
        SvgLabel transitionLabel = new SvgLabel(x + 20, 19, labels.transition());
        x += 32 + labels.transition().length() * 6.2;
        return new Legend(
                List.copyOf(horizons),
                benchmark,
                benchmarkLabel,
                transition,
                transitionLabel,
                new Rule(round(x + 4), 8, round(x + 4), 23),
                new SvgLabel(x + 12, 19, labels.today()));
    }

    private static Diamond diamond(double cx, double cy, double r, boolean transition) {
        return new Diamond(
                "M" + n(cx) + " " + n(cy - r) + " L" + n(cx + r) + " " + n(cy) + " L" + n(cx) + " " + n(cy + r) + " L"
                        + n(cx - r) + " " + n(cy) + " Z",
                transition);
    }

    /**
     * Vertical lines at each month (quarters stronger, years strongest); with labels on the axis:
     * years, then quarters, or months when the period is short enough for them to fit.
     */
    private List<GridMonth> grid(double top, double bottom, boolean labelled) {
        long lines = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1;
        if (lines > MAX_MONTH_LINES) {
            return yearGrid(top, bottom, labelled);
        }
        boolean months = days <= 550;
        LocalDate month = start.withDayOfMonth(1);
        List<GridMonth> grid = new ArrayList<>();
        while (!month.isAfter(end)) {
            LocalDate next = month.plusMonths(1);
            boolean quarter = (month.getMonthValue() - 1) % 3 == 0;
            boolean year = month.getMonthValue() == 1;
            double mx = x(month.isBefore(start) ? start : month);
            Tick tick = null;
            if (!month.isBefore(start)) {
                tick = new Tick(
                        year ? "year" : quarter ? "quarter" : "month",
                        round(mx),
                        labelled ? (year ? top : quarter ? top + 20 : bottom - 10) : top,
                        bottom);
            }
            SvgLabel yearLabel = null;
            SvgLabel monthLabel = null;
            SvgLabel quarterLabel = null;
            if (labelled) {
                double nx = x(next.isAfter(end) ? end.plusDays(1) : next);
                if (year || month.equals(start.withDayOfMonth(1))) {
                    yearLabel = new SvgLabel(mx + 4, top + 12, String.valueOf(month.getYear()));
                }
                if (months && nx - mx > 22) {
                    monthLabel = new SvgLabel(
                            (mx + nx) / 2, bottom - 24, month.getMonth().getDisplayName(TextStyle.SHORT, locale));
                } else if (!months && (quarter || month.equals(start.withDayOfMonth(1)))) {
                    LocalDate quarterEnd = month.withMonth(((month.getMonthValue() - 1) / 3) * 3 + 1)
                            .plusMonths(3);
                    double qx = x(quarterEnd.isAfter(end) ? end.plusDays(1) : quarterEnd);
                    if (qx - mx > 20) {
                        quarterLabel =
                                new SvgLabel((mx + qx) / 2, bottom - 24, "Q" + ((month.getMonthValue() - 1) / 3 + 1));
                    }
                }
            }
            grid.add(new GridMonth(tick, yearLabel, monthLabel, quarterLabel));
            month = next;
        }
        return List.copyOf(grid);
    }

    /**
     * For a period longer than any plan may now have (one saved before periods were bounded): a line
     * and a label every few years, so that the drawing keeps its size whatever the period.
     */
    private List<GridMonth> yearGrid(double top, double bottom, boolean labelled) {
        int years = end.getYear() - start.getYear() + 1;
        int step = YEAR_STEPS[YEAR_STEPS.length - 1];
        for (int candidate : YEAR_STEPS) {
            if (years / candidate <= MAX_YEAR_LINES) {
                step = candidate;
                break;
            }
        }
        List<GridMonth> grid = new ArrayList<>();
        grid.add(new GridMonth(
                null,
                labelled ? new SvgLabel(x(start) + 4, top + 12, String.valueOf(start.getYear())) : null,
                null,
                null));
        for (int year = Math.floorDiv(start.getYear(), step) * step + step; year <= end.getYear(); year += step) {
            double mx = x(LocalDate.of(year, 1, 1));
            grid.add(new GridMonth(
                    new Tick("year", round(mx), top, bottom),
                    labelled ? new SvgLabel(mx + 4, top + 12, String.valueOf(year)) : null,
                    null,
                    null));
        }
        return List.copyOf(grid);
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

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    private static double round(double value) {
        return SvgLabel.round(value);
    }

    private static String n(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
