package org.missionplanner.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The geometry of the deployment map and the strength chart, without a database. */
class DeploymentMapTests {

    /** A few of MONUC's 2008 locations, with the liaison offices in Kampala and Kigali. */
    static final List<LocationView> MONUC = List.of(
            location("Kinshasa", -4.32972, 15.315, 1800, Headquarters.MISSION),
            location("Goma", -1.68333, 29.23333, 2260, Headquarters.SECTOR),
            location("Bunia", 1.5625, 30.24842, 2940, Headquarters.SECTOR),
            location("Lubumbashi", -11.66, 27.48, 300, Headquarters.SECTOR),
            location("Gemena", 3.25, 19.76667, 35, null),
            location("Kampala", 0.31556, 32.56556, 0, null),
            location("Kigali", -1.9546, 30.061, 0, null));

    @Test
    void theProjectionKeepsEveryLocationInsideTheDrawingWithAMargin() {
        var map = DeploymentMap.of(MONUC, Locale.ENGLISH);

        assertThat(map.sites()).hasSize(7);
        for (var site : map.sites()) {
            assertThat(site.x()).as(site.name()).isBetween(20.0, map.width() - 20);
            assertThat(site.y()).as(site.name()).isBetween(20.0, map.height() - 20);
        }
    }

    @Test
    void northIsUpAndEastIsRight() {
        var projection = MapProjection.fitting(
                MONUC.stream()
                        .map(l -> new double[] {l.longitude(), l.latitude()})
                        .toList(),
                800,
                560);

        assertThat(projection.x(15.3)).isLessThan(projection.x(29.2));
        assertThat(projection.y(3.25)).isLessThan(projection.y(-11.66));
        assertThat(projection.inside(projection.x(15.315), projection.y(-4.32972)))
                .isTrue();
        assertThat(projection.inside(projection.x(-70), projection.y(-4))).isFalse();
    }

    @Test
    void oneLocationAloneShowsAnAreaOfAtLeastFourDegrees() {
        var projection = MapProjection.fitting(List.<double[]>of(new double[] {33.36, 35.17}), 800, 560);

        assertThat(projection.north() - projection.south()).isGreaterThanOrEqualTo(MapProjection.MIN_SPAN);
        assertThat(projection.inside(projection.x(33.36), projection.y(35.17))).isTrue();
        assertThat(projection.x(33.36)).isCloseTo(400, org.assertj.core.data.Offset.offset(0.5));
        assertThat(projection.y(35.17)).isCloseTo(280, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void circleAreasAreProportionalToTroops() {
        assertThat(DeploymentMap.radius(2940, 2940)).isEqualTo(DeploymentMap.MAX_RADIUS);
        assertThat(DeploymentMap.radius(0, 2940)).isEqualTo(DeploymentMap.MIN_RADIUS);
        double quarter = DeploymentMap.radius(735, 2940) - DeploymentMap.MIN_RADIUS;
        double whole = DeploymentMap.MAX_RADIUS - DeploymentMap.MIN_RADIUS;
        assertThat(quarter / whole).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theHostCountryIsMarkedAndItsNeighboursDrawn() {
        var map = DeploymentMap.of(MONUC, Locale.ENGLISH);

        assertThat(map.outlines())
                .filteredOn(DeploymentMap.Outline::host)
                .extracting(DeploymentMap.Outline::name)
                .containsExactly("Congo - Kinshasa");
        assertThat(map.outlines())
                .extracting(DeploymentMap.Outline::name)
                .contains("Angola", "Uganda", "Rwanda", "Central African Republic");
        assertThat(map.outlines()).allSatisfy(o -> assertThat(o.path()).matches("^M[-0-9.,LMZ]+Z$"));
        assertThat(DeploymentMap.localName("Dem. Rep. Congo", Locale.FRENCH)).isEqualTo("Congo-Kinshasa");
    }

    @Test
    void headquartersAreMarkedAndNamesDoNotOverlap() {
        var map = DeploymentMap.of(MONUC, Locale.ENGLISH);

        assertThat(map.sites())
                .filteredOn(s -> s.hqPoints() != null)
                .extracting(DeploymentMap.Site::name)
                .containsExactlyInAnyOrder("Kinshasa", "Goma", "Bunia", "Lubumbashi");
        assertThat(map.siteLabels()).extracting(l -> l.text()).contains("Kinshasa", "Lubumbashi");
        var labels = map.siteLabels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                var a = labels.get(i);
                var b = labels.get(j);
                boolean apart = Math.abs(a.y() - b.y()) >= 15
                        || a.x() + a.text().length() * 7 + 4 <= b.x()
                        || b.x() + b.text().length() * 7 + 4 <= a.x();
                assertThat(apart).as(a.text() + " and " + b.text()).isTrue();
            }
        }
        assertThat(map.legendSizes())
                .extracting(DeploymentMap.LegendSize::troops)
                .containsExactly(2900, 700, 100);
    }

    @Test
    void theTopoJsonDecoderJoinsDeltaEncodedArcsIntoRings() throws Exception {
        // a unit square from two arcs, the second reversed, quantized with scale 1 and translate (10, 20)
        String topology = """
                {"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
                 "arcs":[[[0,0],[2,0],[0,2]],[[0,0],[0,2],[2,0]]],
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0,-2]],"properties":{"name":"Square"}}]}}}""";

        var countries = WorldOutlines.decode(JsonMapper.builder().build().readTree(topology));

        assertThat(countries).hasSize(1);
        var square = countries.get(0);
        assertThat(square.name()).isEqualTo("Square");
        assertThat(square.rings().get(0))
                .isDeepEqualTo(new double[][] {{10, 20}, {12, 20}, {12, 22}, {10, 22}, {10, 20}});
        assertThat(square.contains(11, 21)).isTrue();
        assertThat(square.contains(13, 21)).isFalse();
    }

    @Test
    void thePackagedWorldHasTheCountriesOfTheMissions() {
        var world = WorldOutlines.countries();

        assertThat(world).hasSizeGreaterThan(140);
        assertThat(world)
                .filteredOn(c -> c.contains(15.315, -4.32972))
                .extracting(WorldOutlines.Country::name)
                .containsExactly("Dem. Rep. Congo");
        assertThat(world)
                .filteredOn(c -> c.contains(-9.47222, 6.99556))
                .extracting(WorldOutlines.Country::name)
                .containsExactly("Liberia");
    }

    @Test
    void theStrengthChartKeepsBarsInThePlotAndDrawsTheAuthorisedLine() {
        var chart = StrengthChart.of(
                List.of(
                        new StrengthYear(2007, 17646, 1140, 765, false),
                        new StrengthYear(2008, 19289, 1266, 782, false),
                        new StrengthYear(2011, 14000, null, null, true)),
                22016);

        assertThat(chart.bars()).hasSize(3);
        for (var bar : chart.bars()) {
            assertThat(bar.x()).isGreaterThanOrEqualTo(chart.plotLeft());
            assertThat(bar.x() + bar.w()).isLessThanOrEqualTo(chart.plotRight());
            assertThat(bar.y() + bar.h()).isCloseTo(chart.plotBottom(), org.assertj.core.data.Offset.offset(0.2));
            assertThat(bar.y()).isGreaterThanOrEqualTo(StrengthChart.TOP);
        }
        assertThat(chart.bars().get(1).h()).isGreaterThan(chart.bars().get(0).h());
        assertThat(chart.bars().get(2).fromLocations()).isTrue();
        assertThat(chart.authorisedY()).isLessThan(chart.bars().get(1).y());
        assertThat(chart.ticks()).extracting(StrengthChart.Tick::value).contains(0, 25000);
    }

    @Test
    void theNearestYearIsChosenTheEarlierOfTwoAsNear() {
        assertThat(Deployments.nearest(List.of(1999, 2000, 2008), 1990)).isEqualTo(1999);
        assertThat(Deployments.nearest(List.of(1999, 2000, 2008), 2004)).isEqualTo(2000);
        assertThat(Deployments.nearest(List.of(1999, 2001), 2000)).isEqualTo(1999);
        assertThat(Deployments.nearest(List.of(1999, 2008), 3000)).isEqualTo(2008);
    }

    private static LocationView location(String name, double lat, double lon, int troops, Headquarters hq) {
        String country = name.equals("Kampala") ? "Uganda" : name.equals("Kigali") ? "Rwanda" : "DRC";
        return new LocationView(name, lat, lon, troops, false, false, hq, country);
    }
}
