package org.missionplanner.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionplanner.mission.Countries;
import org.missionplanner.mission.CountryNames;
import org.missionplanner.shared.SvgLabel;

/**
 * A year's deployment map, computed here so that the SVG template only places what it is given:
 * the outlines of the countries in view (those holding a location with personnel marked as host),
 * one circle per location sized by its troops (area proportional), headquarters marked, the names
 * of the headquarters and of the largest locations, and a graticule.
 */
public record DeploymentMap(
        double width,
        double height,
        List<Outline> outlines,
        List<Site> sites,
        List<SvgLabel> siteLabels,
        List<Gridline> gridlines,
        List<LegendSize> legendSizes) {

    public static final double WIDTH = 800;
    public static final double HEIGHT = 560;
    static final double MIN_RADIUS = 3.5;
    static final double MAX_RADIUS = 26;
    static final int LABELLED_LARGEST = 8;

    /** A country's outline as SVG path data, with its name placed inside the view when it fits. */
    public record Outline(String name, String path, boolean host, SvgLabel label) {}

    /** A location drawn: its centre and radius; {@code hqPoints} the headquarters symbol, if any. */
    public record Site(
            String name,
            double x,
            double y,
            double r,
            int troops,
            Headquarters headquarters,
            boolean police,
            boolean observers,
            String hqPoints) {

        public String cssClass() {
            return troops > 0 ? "site" : "site site-empty";
        }
    }

    /** A meridian or parallel: a line from (x1, y1) to (x2, y2), its degrees and hemisphere (N, S, E, W). */
    public record Gridline(double x1, double y1, double x2, double y2, int degrees, String hemisphere) {}

    /** A circle of the legend: the troops it stands for and its radius on the map. */
    public record LegendSize(int troops, double r) {}

    /** Natural Earth's short names that the JDK's English names do not match. */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("Dem. Rep. Congo", "CD"),
            Map.entry("Central African Rep.", "CF"),
            Map.entry("S. Sudan", "SS"),
            Map.entry("Eq. Guinea", "GQ"),
            Map.entry("W. Sahara", "EH"),
            Map.entry("Bosnia and Herz.", "BA"),
            Map.entry("Dominican Rep.", "DO"),
            Map.entry("Solomon Is.", "SB"),
            Map.entry("eSwatini", "SZ"),
            Map.entry("Côte d'Ivoire", "CI"));

    public static DeploymentMap of(List<LocationView> locations, Locale locale) {
        return of(locations, WorldOutlines.countries(), locale);
    }

    static DeploymentMap of(List<LocationView> locations, List<WorldOutlines.Country> world, Locale locale) {
        List<double[]> points = locations.stream()
                .map(l -> new double[] {l.longitude(), l.latitude()})
                .toList();
        MapProjection projection = MapProjection.fitting(points, WIDTH, HEIGHT);
        int maxTroops = Math.max(
                1, locations.stream().mapToInt(LocationView::troops).max().orElse(1));

        // the host countries as the data names them: liaison offices without troops or HQ do not count
        Set<String> hosts = new HashSet<>();
        for (LocationView l : locations) {
            if (staffed(l)) {
                for (String name : l.country().split("/")) {
                    String code = "DRC".equals(name.trim())
                            ? "CD"
                            : CountryNames.codeOf(name).orElse(null);
                    if (code != null) {
                        hosts.add(code);
                    }
                }
            }
        }
        List<Outline> outlines = new ArrayList<>();
        for (WorldOutlines.Country country : world) {
            if (!country.intersects(projection.west(), projection.south(), projection.east(), projection.north())) {
                continue;
            }
            String code = code(country.name());
            boolean host = code != null
                    ? hosts.contains(code)
                    : locations.stream().anyMatch(l -> staffed(l) && country.contains(l.longitude(), l.latitude()));
            Outline outline = outline(country, projection, host, locale);
            if (outline != null) {
                outlines.add(outline);
            }
        }

        List<Site> sites = new ArrayList<>();
        for (LocationView l : locations) {
            double x = SvgLabel.round(projection.x(l.longitude()));
            double y = SvgLabel.round(projection.y(l.latitude()));
            double r = radius(l.troops(), maxTroops);
            sites.add(new Site(
                    l.name(), x, y, r, l.troops(), l.headquarters(), l.police(), l.observers(), hqSymbol(l, x, y, r)));
        }
        // large circles first, so that small ones stay visible on top
        sites.sort(Comparator.comparingDouble(Site::r).reversed());
        List<SvgLabel> siteLabels = labels(sites);
        return new DeploymentMap(
                WIDTH,
                HEIGHT,
                unhidden(outlines, sites, siteLabels),
                sites,
                siteLabels,
                gridlines(projection),
                legend(maxTroops));
    }

    /** Circle areas proportional to troops; a location without troops gets the smallest circle. */
    static double radius(int troops, int maxTroops) {
        if (troops <= 0) {
            return MIN_RADIUS;
        }
        return SvgLabel.round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) troops / maxTroops));
    }

    /** A diamond for the mission headquarters, a smaller one for a sector's; none for others. */
    private static String hqSymbol(LocationView l, double x, double y, double r) {
        if (l.headquarters() == null || l.headquarters() == Headquarters.OTHER) {
            return null;
        }
        double d = l.headquarters() == Headquarters.MISSION ? 9 : 6;
        return points(x, y - d, x + d, y, x, y + d, x - d, y);
    }

    private static String points(double... xy) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            s.append(i == 0 ? "" : " ")
                    .append(SvgLabel.round(xy[i]))
                    .append(',')
                    .append(SvgLabel.round(xy[i + 1]));
        }
        return s.toString();
    }

    /** Names of the headquarters, then of the largest locations, each where it overlaps no other name. */
    private static List<SvgLabel> labels(List<Site> sites) {
        List<Site> candidates = new ArrayList<>();
        sites.stream().filter(s -> s.headquarters() == Headquarters.MISSION).forEach(candidates::add);
        sites.stream().filter(s -> s.headquarters() == Headquarters.SECTOR).forEach(candidates::add);
        sites.stream()
                .filter(s -> s.troops() > 0 && !candidates.contains(s))
                .limit(LABELLED_LARGEST)
                .forEach(candidates::add);
        List<double[]> taken = new ArrayList<>();
        List<SvgLabel> labels = new ArrayList<>();
        for (Site s : candidates) {
            double w = s.name().length() * 7 + 4;
            double x = s.x() + Math.max(s.r(), 6) + 3;
            double y = s.y() + 4;
            if (x + w > WIDTH) {
                x = s.x() - Math.max(s.r(), 6) - 3 - w;
            }
            double[] box = {x, y - 12, x + w, y + 3};
            if (box[0] < 0 || box[1] < 0 || box[3] > HEIGHT) {
                continue;
            }
            if (taken.stream().noneMatch(t -> t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3])) {
                taken.add(box);
                labels.add(new SvgLabel(x, y, s.name()));
            }
        }
        return labels;
    }

    private static Outline outline(
            WorldOutlines.Country country, MapProjection projection, boolean host, Locale locale) {
        StringBuilder path = new StringBuilder();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        double largest = 0;
        for (double[][] ring : country.rings()) {
            double rx0 = Double.MAX_VALUE, ry0 = Double.MAX_VALUE, rx1 = -Double.MAX_VALUE, ry1 = -Double.MAX_VALUE;
            for (double[] p : ring) {
                rx0 = Math.min(rx0, p[0]);
                rx1 = Math.max(rx1, p[0]);
                ry0 = Math.min(ry0, p[1]);
                ry1 = Math.max(ry1, p[1]);
            }
            if (rx0 > projection.east()
                    || rx1 < projection.west()
                    || ry0 > projection.north()
                    || ry1 < projection.south()) {
                continue;
            }
            double lastX = Double.NaN, lastY = Double.NaN;
            boolean first = true;
            for (double[] p : ring) {
                double x = clamp(projection.x(p[0]), projection.width());
                double y = clamp(projection.y(p[1]), projection.height());
                if (!first && Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5) {
                    continue;
                }
                path.append(first ? "M" : "L")
                        .append(SvgLabel.round(x))
                        .append(',')
                        .append(SvgLabel.round(y));
                first = false;
                lastX = x;
                lastY = y;
            }
            path.append('Z');
            // the label goes in the visible part of the country's largest ring in view
            double vx0 = Math.max(0, projection.x(rx0));
            double vx1 = Math.min(projection.width(), projection.x(rx1));
            double vy0 = Math.max(0, projection.y(ry1));
            double vy1 = Math.min(projection.height(), projection.y(ry0));
            double area = Math.max(0, vx1 - vx0) * Math.max(0, vy1 - vy0);
            if (area > largest) {
                largest = area;
                minX = vx0;
                maxX = vx1;
                minY = vy0;
                maxY = vy1;
            }
        }
        if (path.length() == 0) {
            return null;
        }
        String name = localName(country.name(), locale);
        SvgLabel label = null;
        if (maxX - minX > name.length() * 7 + 10 && maxY - minY > 30) {
            label = new SvgLabel((minX + maxX) / 2, (minY + maxY) / 2, name);
        }
        return new Outline(name, path.toString(), host, label);
    }

    /** Country names that a circle or a location's name would cover are left out. */
    private static List<Outline> unhidden(List<Outline> outlines, List<Site> sites, List<SvgLabel> siteLabels) {
        List<Outline> result = new ArrayList<>();
        for (Outline o : outlines) {
            SvgLabel label = o.label();
            if (label != null) {
                double half = label.text().length() * 4.5 + 4;
                double x0 = label.x() - half, x1 = label.x() + half, y0 = label.y() - 12, y1 = label.y() + 4;
                boolean covered = sites.stream()
                                .anyMatch(s -> s.x() + s.r() > x0
                                        && s.x() - s.r() < x1
                                        && s.y() + s.r() > y0
                                        && s.y() - s.r() < y1)
                        || siteLabels.stream()
                                .anyMatch(l -> l.x() + l.text().length() * 7 + 4 > x0
                                        && l.x() < x1
                                        && l.y() + 3 > y0
                                        && l.y() - 12 < y1);
                if (covered) {
                    o = new Outline(o.name(), o.path(), o.host(), null);
                }
            }
            result.add(o);
        }
        return result;
    }

    /** Far-away points are pulled to a band around the drawing: the outline still closes the same way. */
    private static double clamp(double value, double size) {
        return Math.max(-size, Math.min(2 * size, value));
    }

    static String localName(String naturalEarthName, Locale locale) {
        String code = code(naturalEarthName);
        return code == null ? naturalEarthName : Countries.name(code, locale);
    }

    /** The ISO code of a Natural Earth country name, or null (Somaliland, N. Cyprus, ...). */
    private static String code(String naturalEarthName) {
        String code = SHORT_NAMES.get(naturalEarthName);
        return code != null ? code : CountryNames.codeOf(naturalEarthName).orElse(null);
    }

    private static boolean staffed(LocationView l) {
        return l.troops() > 0 || l.headquarters() != null;
    }

    /** Meridians and parallels at a round step giving a few lines across the view. */
    private static List<Gridline> gridlines(MapProjection projection) {
        double span = Math.max(projection.east() - projection.west(), projection.north() - projection.south());
        int step = span > 40 ? 10 : span > 16 ? 5 : span > 8 ? 2 : 1;
        List<Gridline> lines = new ArrayList<>();
        for (int lon = (int) Math.ceil(projection.west() / step) * step; lon <= projection.east(); lon += step) {
            double x = SvgLabel.round(projection.x(lon));
            lines.add(new Gridline(x, 0, x, projection.height(), Math.abs(lon), lon < 0 ? "W" : lon > 0 ? "E" : ""));
        }
        for (int lat = (int) Math.ceil(projection.south() / step) * step; lat <= projection.north(); lat += step) {
            double y = SvgLabel.round(projection.y(lat));
            lines.add(new Gridline(0, y, projection.width(), y, Math.abs(lat), lat < 0 ? "S" : lat > 0 ? "N" : ""));
        }
        return lines;
    }

    /** Up to three round troop numbers below the largest, with their circles. */
    private static List<LegendSize> legend(int maxTroops) {
        List<LegendSize> sizes = new ArrayList<>();
        for (double share : new double[] {1, 0.25, 0.04}) {
            int value = round(maxTroops * share);
            if (value >= 1 && value <= maxTroops && sizes.stream().noneMatch(s -> s.troops() == value)) {
                sizes.add(new LegendSize(value, radius(value, maxTroops)));
            }
        }
        return sizes;
    }

    /** A number rounded down to one or two significant digits (2,940 is 2,900; 735 is 700). */
    static int round(double value) {
        if (value < 10) {
            return (int) Math.floor(value);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - (value >= 1000 ? 1 : 0));
        return (int) (Math.floor(value / magnitude) * magnitude);
    }

    public boolean isEmpty() {
        return sites.isEmpty();
    }
}
