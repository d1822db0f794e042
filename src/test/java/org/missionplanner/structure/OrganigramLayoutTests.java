package org.missionplanner.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.missionplanner.structure.OrganigramDrawing.BoxText;
import org.missionplanner.structure.OrganigramLayout.Band;
import org.missionplanner.structure.OrganigramLayout.Box;
import org.missionplanner.structure.OrganigramLayout.Link;
import org.missionplanner.structure.OrganigramLayout.Node;
import org.missionplanner.support.SvgTemplates;

class OrganigramLayoutTests {

    private static final OrganigramDrawing.Labels LABELS = new OrganigramDrawing.Labels(
            "UNMIL: organigram",
            "Integration model: Both feet in",
            "Primary line",
            "Secondary line",
            "UN Country Team",
            "Outside");

    /** 80 units: a head of mission, 12 direct reports, sections under some of them, 6 Country Team agencies. */
    private static List<Node> eightyUnits() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node("u0", null, Band.MISSION));
        int next = 1;
        for (int d = 0; d < 12; d++) {
            String direct = "u" + next++;
            nodes.add(new Node(direct, "u0", Band.MISSION));
            int sections = d % 3 == 0 ? 9 : d % 3 == 1 ? 3 : 0;
            for (int s = 0; s < sections; s++) {
                String section = "u" + next++;
                nodes.add(new Node(section, direct, Band.MISSION));
                if (d == 3 && s < 2) {
                    for (int t = 0; t < 4; t++) {
                        nodes.add(new Node("u" + next++, section, Band.MISSION));
                    }
                }
            }
        }
        while (next < 74) {
            nodes.add(new Node("u" + next++, "u2", Band.MISSION));
        }
        for (int a = 0; a < 6; a++) {
            nodes.add(new Node("u" + next++, "u1", Band.COUNTRY_TEAM));
        }
        nodes.add(new Node("x-DOCO", null, Band.OUTSIDE));
        nodes.add(new Node("x-ERC", null, Band.OUTSIDE));
        return nodes;
    }

    private static List<Link> secondaryLines() {
        return List.of(new Link("u1", "x-DOCO"), new Link("u1", "x-ERC"), new Link("u5", "u2"), new Link("u30", "u1"));
    }

    @Test
    void placesEightyUnitsWithoutOverlappingBoxes() {
        var nodes = eightyUnits();
        assertThat(nodes.stream().filter(n -> n.band() != Band.OUTSIDE)).hasSize(80);

        var layout = OrganigramLayout.layout(nodes, secondaryLines());

        assertThat(layout.boxes()).hasSize(nodes.size());
        assertNoOverlap(layout.boxes());
        assertThat(layout.boxes()).allSatisfy(box -> {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.x() + box.width()).isLessThanOrEqualTo(layout.width());
            assertThat(box.y() + box.height()).isLessThanOrEqualTo(layout.height());
        });
        // readable: the 80 units fit a poster, not a ribbon
        assertThat(layout.width()).isLessThan(4000);
    }

    @Test
    void setsTheCountryTeamAndOutsideEntitiesApartBelowTheMission() {
        var layout = OrganigramLayout.layout(eightyUnits(), secondaryLines());
        double missionBottom = layout.boxes().stream()
                .filter(b -> b.band() == Band.MISSION)
                .mapToDouble(b -> b.y() + b.height())
                .max()
                .orElseThrow();
        double teamTop = layout.boxes().stream()
                .filter(b -> b.band() == Band.COUNTRY_TEAM)
                .mapToDouble(Box::y)
                .min()
                .orElseThrow();
        double teamBottom = layout.boxes().stream()
                .filter(b -> b.band() == Band.COUNTRY_TEAM)
                .mapToDouble(b -> b.y() + b.height())
                .max()
                .orElseThrow();
        assertThat(teamTop).isGreaterThan(missionBottom);
        assertThat(layout.box("x-DOCO").y()).isGreaterThan(teamBottom);
        assertThat(layout.bands())
                .extracting(OrganigramLayout.BandFrame::band)
                .containsExactly(Band.COUNTRY_TEAM, Band.OUTSIDE);
    }

    @Test
    void drawsEveryPrimaryLineAndEverySecondaryLine() {
        var nodes = eightyUnits();
        var layout = OrganigramLayout.layout(nodes, secondaryLines());
        long withSuperior = nodes.stream().filter(n -> n.parentKey() != null).count();
        assertThat(layout.lines().stream().filter(OrganigramLayout.Line::primary))
                .hasSize((int) withSuperior);
        for (Node node : nodes) {
            if (node.parentKey() != null) {
                assertThat(layout.lines())
                        .anyMatch(line -> line.primary()
                                && line.toKey().equals(node.key())
                                && line.fromKey().equals(node.parentKey()));
            }
        }
        assertThat(layout.lines().stream().filter(line -> !line.primary()))
                .hasSize(secondaryLines().size());
    }

    @Test
    void rendersPrimaryLinesSolidAndSecondaryLinesDashed() {
        var layout = OrganigramLayout.layout(eightyUnits(), secondaryLines());
        String svg = render(OrganigramDrawing.of(layout, Map.of(), LABELS));

        var paths = Pattern.compile("<path data-line=\"(primary|secondary)\"[^>]*/>")
                .matcher(svg);
        int primary = 0;
        int secondary = 0;
        while (paths.find()) {
            if (paths.group(1).equals("primary")) {
                primary++;
                assertThat(paths.group()).doesNotContain("stroke-dasharray");
            } else {
                secondary++;
                assertThat(paths.group()).contains("stroke-dasharray=\"7 5\"");
            }
        }
        assertThat(primary)
                .isEqualTo(eightyUnits().stream()
                        .filter(n -> n.parentKey() != null)
                        .count());
        assertThat(secondary).isEqualTo(secondaryLines().size());
    }

    @Test
    void escapesUnitNamesAndTitlesAndProducesWellFormedSvgWithoutScript() throws Exception {
        var nodes = List.of(new Node("u1", null, Band.MISSION), new Node("u2", "u1", Band.MISSION));
        Map<String, BoxText> texts = new HashMap<>();
        texts.put("u1", new BoxText("<script>alert('x')</script>", "SRSG \"& Co\"", "#ffffff"));
        texts.put("u2", new BoxText("R&D <b>unit</b>", null, "#ffffff"));
        var labels = new OrganigramDrawing.Labels("A&B <title>", "Model", "P", "S", "T", "O");

        String svg = render(OrganigramDrawing.of(OrganigramLayout.layout(nodes, List.of()), texts, labels));

        assertThat(svg)
                .doesNotContain("<script", "<b>", "style=")
                .contains("&lt;script&gt;", "R&amp;D &lt;b&gt;unit", "&quot;&amp; Co&quot;", "A&amp;B &lt;title&gt;");
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void placesALargeRandomStructureWithoutOverlapAndAlwaysTheSameWay() {
        var random = new Random(42);
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node("u0", null, Band.MISSION));
        for (int i = 1; i < 300; i++) {
            nodes.add(new Node("u" + i, "u" + random.nextInt(Math.max(1, i / 3 + 1)), Band.MISSION));
        }
        var first = OrganigramLayout.layout(nodes, List.of());
        assertNoOverlap(first.boxes());
        assertThat(OrganigramLayout.layout(nodes, List.of())).isEqualTo(first);
    }

    @Test
    void drawsEveryUnitEvenWhenBadDataHasACycle() {
        var nodes = List.of(
                new Node("u1", null, Band.MISSION),
                new Node("u2", "u3", Band.MISSION),
                new Node("u3", "u2", Band.MISSION));
        var layout = OrganigramLayout.layout(nodes, List.of());
        assertThat(layout.boxes()).hasSize(3);
        assertNoOverlap(layout.boxes());
    }

    /** The drawing as the SVG download serves it. */
    @Test
    void noLineCrossesABoxItDoesNotJoin() {
        var layout = OrganigramLayout.layout(eightyUnits(), secondaryLines());
        var drawing = OrganigramDrawing.of(layout, Map.of(), LABELS);

        assertThat(LineCrossings.of(drawing)).isEmpty();
        assertThat(layout.lines())
                .filteredOn(line -> line.toKey().equals("x-ERC"))
                .singleElement()
                .satisfies(line -> assertThat(line.curved()).isFalse());
    }

    @Test
    void theCrossingCheckSeesALineThroughABox() {
        var a = new Box("a", Band.MISSION, 0, 0, 100, 50);
        var b = new Box("b", Band.MISSION, 0, 200, 100, 50);
        var between = new Box("between", Band.MISSION, 0, 100, 100, 50);
        var straight = new OrganigramLayout.Line(
                "a",
                "b",
                true,
                false,
                List.of(new OrganigramLayout.Point(50, 50), new OrganigramLayout.Point(50, 200)));
        var result = new OrganigramLayout.Result(List.of(a, b, between), List.of(straight), List.of(), 300, 300);

        assertThat(LineCrossings.of(OrganigramDrawing.of(result, Map.of(), LABELS)))
                .containsExactly("a→b crosses between");
    }

    private static String render(OrganigramDrawing drawing) {
        return SvgTemplates.download("structure/organigram-svg", "organigram", Map.of("drawing", drawing));
    }

    private static void assertNoOverlap(List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j)))
                        .as("%s overlaps %s", boxes.get(i), boxes.get(j))
                        .isFalse();
            }
        }
    }
}
