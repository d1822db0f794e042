package org.missionplanner.planview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionplanner.plan.OutlineBuilder.DDR;
import static org.missionplanner.plan.OutlineBuilder.benchmark;
import static org.missionplanner.plan.OutlineBuilder.task;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.OutlineBuilder;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.support.SvgTemplates;

class TimelineSvgTests {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 12, 31);

    static TimelineSvg.Labels labels() {
        Map<TimeHorizon, String> horizons = new EnumMap<>(TimeHorizon.class);
        horizons.put(TimeHorizon.IMMEDIATE, "Immediate");
        horizons.put(TimeHorizon.POLITICAL_TIMETABLE, "Political timetable");
        horizons.put(TimeHorizon.LONG_TERM, "Long term");
        Map<Dimension, String> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dimensions.put(d, d.name());
        }
        return new TimelineSvg.Labels(
                "Timeline of <ISF>",
                "Today",
                "Benchmarks",
                "Benchmark",
                "Transition benchmark",
                "Unlinked",
                "Plan-wide",
                "No horizon",
                "outside",
                "achieved",
                horizons,
                dimensions);
    }

    static PlanOutline outline() {
        var plan = new OutlineBuilder(START, END);
        plan.objective(
                "Security & <order>",
                Dimension.SECURITY,
                List.of(
                        task(
                                1,
                                "Disarm \"now\" & <fast>",
                                DDR,
                                List.of(),
                                FundingSource.ASSESSED,
                                "1",
                                START.plusMonths(1),
                                START.plusMonths(4),
                                TimeHorizon.IMMEDIATE),
                        task(
                                2,
                                "Elections",
                                DDR,
                                List.of(),
                                FundingSource.ASSESSED,
                                "1",
                                START.plusMonths(6),
                                START.plusMonths(10),
                                TimeHorizon.POLITICAL_TIMETABLE),
                        task(
                                3,
                                "Recovery",
                                DDR,
                                List.of(),
                                FundingSource.ASSESSED,
                                "1",
                                START.plusMonths(3),
                                END.minusMonths(1),
                                TimeHorizon.LONG_TERM),
                        task(
                                4,
                                "Not yet scheduled",
                                DDR,
                                List.of(),
                                FundingSource.ASSESSED,
                                "1",
                                null,
                                null,
                                TimeHorizon.IMMEDIATE)),
                List.of(
                        benchmark(11, "Sites closed", START.plusMonths(5), false),
                        benchmark(12, "Handover", START.plusMonths(18), true)));
        plan.unlinked(task(
                5,
                "Unlinked survey",
                null,
                List.of(),
                FundingSource.UNFUNDED,
                null,
                START.minusMonths(2),
                START.plusMonths(2),
                TimeHorizon.IMMEDIATE));
        return plan.build();
    }

    static TimelineSvg.Drawing draw(LocalDate today) {
        return TimelineSvg.draw(outline(), labels(), Locale.ENGLISH, today, id -> "/plans/1#task-" + id);
    }

    @Test
    void drawsTodaysLineWhenTodayIsInThePeriod() {
        var drawing = draw(LocalDate.of(2026, 7, 1));

        assertThat(drawing.todayShown()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(body(drawing)).contains("class=\"today\" data-today=\"2026-07-01\"");
        assertThat(axis(drawing)).contains("class=\"today\"").contains(">Today</text>");
    }

    @Test
    void drawsNoTodayLineOutsideThePeriod() {
        var drawing = draw(LocalDate.of(2030, 1, 1));

        assertThat(drawing.todayShown()).isNull();
        assertThat(drawing.body().today()).isNull();
        assertThat(body(drawing)).doesNotContain("class=\"today\"");
    }

    @Test
    void placesTodayInProportionToThePeriod() {
        LocalDate middle = START.plusDays(365);
        var today = draw(middle).body().today();
        assertThat(today.day()).isEqualTo(middle);
        double x = today.x();

        assertThat(x)
                .isCloseTo(
                        TimelineSvg.CHART_X + TimelineSvg.CHART_WIDTH * 365.0 / 730,
                        org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void givesEachHorizonItsClassAndPatternAndLinksEachBarToItsTask() {
        String body = body(draw(START));

        assertThat(body)
                .contains("class=\"bar horizon-immediate\"")
                .contains("class=\"bar horizon-political-timetable\"")
                .contains("class=\"bar horizon-long-term\"");
        assertThat(body).contains("fill=\"url(#timeline-stripes)\"").contains("fill=\"url(#timeline-dots)\"");
        assertThat(axis(draw(START)))
                .contains("<pattern id=\"timeline-stripes\"")
                .contains("<pattern id=\"timeline-dots\"")
                .contains(">Political timetable</text>");
        assertThat(body).contains("<a href=\"/plans/1#task-2\" data-task=\"2\">");
    }

    @Test
    void leavesUndatedTasksOutAndTellsTransitionBenchmarksApart() {
        String body = body(draw(START));

        assertThat(body).doesNotContain("data-task=\"4\"").doesNotContain("Not yet scheduled");
        assertThat(body)
                .contains("class=\"benchmark\" data-benchmark=\"11\"")
                .contains("class=\"benchmark transition\" data-benchmark=\"12\"");
        assertThat(body).contains("data-task=\"5\"").contains(">Unlinked</text>");
    }

    @Test
    void clampsABarThatStartsBeforeThePeriodToItsStart() {
        var bar = draw(START).body().groups().stream()
                .flatMap(group -> group.tasks().stream())
                .filter(task -> task.id() == 5)
                .findFirst()
                .orElseThrow()
                .bar();

        assertThat(bar.horizon()).isEqualTo("immediate");
        assertThat(bar.x()).isEqualTo(TimelineSvg.CHART_X);
    }

    @Test
    void escapesEveryTextAndStaysWellFormedXml() throws Exception {
        var drawing = draw(START);

        assertThat(body(drawing))
                .contains("Disarm &quot;now&quot; &amp; &lt;fast&gt;")
                .contains("Security &amp; &lt;order&gt;")
                .doesNotContain("<fast>")
                .doesNotContain("<order>");
        assertThat(axis(drawing)).contains("Timeline of &lt;ISF&gt;");
        for (String svg : List.of(axis(drawing), body(drawing))) {
            var document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        }
    }

    @Test
    void labelsQuartersForALongPeriodAndMonthsForAShortOne() {
        assertThat(axis(draw(START)))
                .contains(">Q3</text>")
                .contains(">2027</text>")
                .doesNotContain(">Mar</text>");

        var shortPlan = new OutlineBuilder(START, START.plusMonths(6).minusDays(1)).build();
        String axis = axis(TimelineSvg.draw(shortPlan, labels(), Locale.ENGLISH, START, id -> "#"));
        assertThat(axis).contains(">Mar</text>").doesNotContain(">Q3</text>");
    }

    @Test
    void staysTheSameSizeWhateverThePeriod() {
        var fifteenYears = new OutlineBuilder(START, START.plusYears(15).minusDays(1)).build();
        var absurd = new OutlineBuilder(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).build();

        var usual = TimelineSvg.draw(fifteenYears, labels(), Locale.ENGLISH, START, id -> "#");
        var drawing = TimelineSvg.draw(absurd, labels(), Locale.ENGLISH, START, id -> "#");

        assertThat(drawing.axis().grid())
                .hasSizeLessThanOrEqualTo(usual.axis().grid().size());
        assertThat(drawing.body().grid())
                .hasSizeLessThanOrEqualTo(usual.body().grid().size());
        assertThat(axis(drawing).length()).isLessThan(2 * axis(usual).length());
        assertThat(axis(drawing)).contains(">1</text>").contains(">5000</text>");
    }

    @Test
    void growsWithTheNumberOfTasks() {
        var plan = new OutlineBuilder(START, END);
        plan.objective(
                "Many",
                Dimension.SECURITY,
                java.util.stream.LongStream.rangeClosed(1, 1000)
                        .mapToObj(i -> task(
                                i,
                                "Task " + i,
                                DDR,
                                List.of(),
                                FundingSource.ASSESSED,
                                "1",
                                START,
                                END,
                                TimeHorizon.LONG_TERM))
                        .toList(),
                List.of());
        String body = body(TimelineSvg.draw(plan.build(), labels(), Locale.ENGLISH, START, id -> "#"));

        double height = Double.parseDouble(attribute(body, "height=\"([0-9.]+)\""));
        assertThat(height).isGreaterThan(1000 * TimelineSvg.ROW);
        assertThat(body).contains("data-task=\"1000\"");
    }

    /** The axis as the timeline page shows it. */
    static String axis(TimelineSvg.Drawing drawing) {
        return SvgTemplates.inline("plans/timeline-svg", "timelineAxis", Map.of("axis", drawing.axis()));
    }

    /** The body as the timeline page shows it. */
    static String body(TimelineSvg.Drawing drawing) {
        return SvgTemplates.inline("plans/timeline-svg", "timelineBody", Map.of("body", drawing.body()));
    }

    private static String attribute(String svg, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(svg);
        assertThat(matcher.find()).as("%s in the SVG", regex).isTrue();
        return matcher.group(1);
    }
}
