package org.missionplanner.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Country outlines of Natural Earth at 1:50m (public domain), as the npm package world-atlas 2.0.2
 * (ISC licence) ships them in TopoJSON, reduced to the countries near some mission's locations
 * ({@code scripts/data/deployment-extract.py}): {@code src/main/resources/deployment/countries-50m-missions.json}.
 * Decoded once, on first use: each country's rings as longitude/latitude pairs.
 */
final class WorldOutlines {

    /** A country's outline: its rings (outer and holes alike), and its bounding box. */
    record Country(String name, List<double[][]> rings, double minLon, double minLat, double maxLon, double maxLat) {

        boolean intersects(double west, double south, double east, double north) {
            return minLon <= east && maxLon >= west && minLat <= north && maxLat >= south;
        }

        /** Even-odd rule over every ring: a point in a hole is outside. */
        boolean contains(double lon, double lat) {
            if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) {
                return false;
            }
            boolean inside = false;
            for (double[][] ring : rings) {
                for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                    double[] a = ring[i];
                    double[] b = ring[j];
                    if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    private static final String RESOURCE = "deployment/countries-50m-missions.json";

    private static volatile List<Country> countries;

    private WorldOutlines() {}

    static List<Country> countries() {
        List<Country> loaded = countries;
        if (loaded == null) {
            synchronized (WorldOutlines.class) {
                loaded = countries;
                if (loaded == null) {
                    loaded = load();
                    countries = loaded;
                }
            }
        }
        return loaded;
    }

    private static List<Country> load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return decode(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The countries of a TopoJSON topology whose object {@code countries} holds (multi)polygons. */
    static List<Country> decode(JsonNode topology) {
        double[][][] arcs = arcs(topology);
        List<Country> result = new ArrayList<>();
        for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
            String type = geometry.path("type").asString();
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(type)) {
                polygons.add(geometry.path("arcs"));
            } else if ("MultiPolygon".equals(type)) {
                geometry.path("arcs").forEach(polygons::add);
            }
            List<double[][]> rings = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    rings.add(ring(ring, arcs));
                }
            }
            if (!rings.isEmpty()) {
                result.add(country(geometry.path("properties").path("name").asString(""), rings));
            }
        }
        return List.copyOf(result);
    }

    private static Country country(String name, List<double[][]> rings) {
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (double[][] ring : rings) {
            for (double[] p : ring) {
                minLon = Math.min(minLon, p[0]);
                maxLon = Math.max(maxLon, p[0]);
                minLat = Math.min(minLat, p[1]);
                maxLat = Math.max(maxLat, p[1]);
            }
        }
        return new Country(name, List.copyOf(rings), minLon, minLat, maxLon, maxLat);
    }

    /** The arcs with their delta-encoded, quantized positions made absolute longitude/latitude. */
    private static double[][][] arcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        boolean quantized = transform.isObject();
        JsonNode all = topology.path("arcs");
        double[][][] arcs = new double[all.size()][][];
        for (int i = 0; i < all.size(); i++) {
            JsonNode arc = all.get(i);
            double[][] points = new double[arc.size()][];
            long x = 0, y = 0;
            for (int p = 0; p < arc.size(); p++) {
                JsonNode position = arc.get(p);
                if (quantized) {
                    x += position.get(0).asLong();
                    y += position.get(1).asLong();
                    points[p] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    points[p] = new double[] {
                        position.get(0).asDouble(), position.get(1).asDouble()
                    };
                }
            }
            arcs[i] = points;
        }
        return arcs;
    }

    /** A ring joined from its arcs; a negative index ~i is arc i reversed; shared end points once. */
    private static double[][] ring(JsonNode indexes, double[][][] arcs) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode index : indexes) {
            int i = index.asInt();
            double[][] arc = arcs[i < 0 ? ~i : i];
            int n = arc.length;
            for (int k = 0; k < n; k++) {
                double[] p = i < 0 ? arc[n - 1 - k] : arc[k];
                if (k > 0 || points.isEmpty()) {
                    points.add(p);
                }
            }
        }
        return points.toArray(new double[0][]);
    }
}
