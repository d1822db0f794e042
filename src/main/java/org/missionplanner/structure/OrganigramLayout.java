package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deterministic, compact org-chart layout (no database, no drawing). The mission's units form
 * trees along their primary lines; each subtree is a block, and blocks never overlap. A unit's
 * children that have children of their own sit side by side under it (a tidy tree); its leaf
 * children are stacked in columns of at most {@link #STACK_ROWS} along a spine, as org charts do,
 * so that a head of mission with twenty direct reports stays readable. The UN Country Team and the
 * entities outside the mission are set apart in bands below the mission's tree. Lines that leave
 * the tree (to the bands, and secondary lines) are routed around the boxes by {@link OrganigramRouter}.
 */
public final class OrganigramLayout {

    public static final double BOX_WIDTH = 184;
    public static final double BOX_HEIGHT = 74;
    public static final double MARGIN = 24;
    public static final double HEADER = 96;
    static final double H_GAP = 26;
    static final double V_GAP = 40;
    static final double STACK_GAP = 12;
    static final double INDENT = 22;
    static final int STACK_ROWS = 8;
    static final double BAND_TITLE = 30;
    static final double BAND_GAP = 36;
    static final double MIN_WIDTH = 760;

    /** Where a box is drawn. */
    public enum Band {
        MISSION,
        COUNTRY_TEAM,
        OUTSIDE
    }

    /** A box to place: its key, the key of its superior on the primary line (or null), and its band. */
    public record Node(String key, String parentKey, Band band) {}

    /** A secondary line between two boxes. */
    public record Link(String fromKey, String toKey) {}

    public record Point(double x, double y) {}

    public record Box(String key, Band band, double x, double y, double width, double height) {

        public boolean overlaps(Box other) {
            return x < other.x + other.width
                    && other.x < x + width
                    && y < other.y + other.height
                    && other.y < y + height;
        }

        double centreX() {
            return x + width / 2;
        }
    }

    /** A line: primary (solid) or secondary (dashed); orthogonal lines are polylines, the others curves. */
    public record Line(String fromKey, String toKey, boolean primary, boolean curved, List<Point> points) {}

    /** A band set apart (the UN Country Team, outside entities): its frame. */
    public record BandFrame(Band band, double x, double y, double width, double height) {}

    public record Result(List<Box> boxes, List<Line> lines, List<BandFrame> bands, double width, double height) {

        public Box box(String key) {
            return boxes.stream().filter(b -> b.key().equals(key)).findFirst().orElse(null);
        }
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<String, Double> widths = new LinkedHashMap<>();
    private final Map<String, Double> heights = new LinkedHashMap<>();
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();

    private OrganigramLayout(List<Node> input) {
        input.forEach(node -> nodes.putIfAbsent(node.key(), node));
    }

    /** Places the boxes (in input order among siblings) and routes the primary and secondary lines. */
    public static Result layout(List<Node> nodes, List<Link> secondary) {
        return new OrganigramLayout(nodes).run(secondary);
    }

    private Result run(List<Link> secondary) {
        List<String> roots = missionRoots();
        roots.forEach(this::measure);
        double treeWidth = row(roots);
        double treeHeight = roots.stream().mapToDouble(heights::get).max().orElse(0);

        List<String> countryTeam = inBand(Band.COUNTRY_TEAM);
        List<String> outside = inBand(Band.OUTSIDE);
        double contentWidth = Math.max(
                MIN_WIDTH - 2 * MARGIN,
                Math.max(treeWidth, Math.max(gridWidth(countryTeam.size()), gridWidth(outside.size()))));
        double width = contentWidth + 2 * MARGIN;

        double x = MARGIN + (contentWidth - treeWidth) / 2;
        for (String root : roots) {
            place(root, x, MARGIN + HEADER);
            x += widths.get(root) + H_GAP;
        }
        double y = MARGIN + HEADER + treeHeight + BAND_GAP;
        List<BandFrame> frames = new ArrayList<>();
        y = band(Band.COUNTRY_TEAM, countryTeam, contentWidth, y, frames);
        y = band(Band.OUTSIDE, outside, contentWidth, y, frames);

        double height = y + MARGIN - BAND_GAP;
        OrganigramRouter router = new OrganigramRouter(boxes.values(), width, height);
        for (String key : countryTeam) {
            String parent = nodes.get(key).parentKey();
            if (parent != null && boxes.containsKey(parent)) {
                lines.add(routed(router, parent, key, true));
            }
        }
        for (Link link : secondary) {
            if (boxes.containsKey(link.fromKey())
                    && boxes.containsKey(link.toKey())
                    && !link.fromKey().equals(link.toKey())) {
                lines.add(routed(router, link.fromKey(), link.toKey(), false));
            }
        }
        return new Result(List.copyOf(boxes.values()), List.copyOf(lines), List.copyOf(frames), width, height);
    }

    /** A line around the other boxes; a curve only if the boxes leave no way round (never in practice). */
    private Line routed(OrganigramRouter router, String fromKey, String toKey, boolean primary) {
        List<Point> points = router.route(boxes.get(fromKey), boxes.get(toKey));
        return points == null ? curve(fromKey, toKey, primary) : new Line(fromKey, toKey, primary, false, points);
    }

    /** The trees of the mission band: roots are units without a superior in that band (or caught in a cycle). */
    private List<String> missionRoots() {
        List<String> mission = inBand(Band.MISSION);
        Set<String> inMission = new HashSet<>(mission);
        mission.forEach(key -> children.put(key, new ArrayList<>()));
        List<String> roots = new ArrayList<>();
        for (String key : mission) {
            String parent = nodes.get(key).parentKey();
            if (parent != null && inMission.contains(parent) && !parent.equals(key)) {
                children.get(parent).add(key);
            } else {
                roots.add(key);
            }
        }
        Set<String> reached = new HashSet<>();
        roots.forEach(root -> reach(root, reached));
        for (String key : mission) {
            if (!reached.contains(key)) {
                // a cycle (bad data): cut it at its first unit so that every unit is still drawn
                String parent = nodes.get(key).parentKey();
                children.get(parent).remove(key);
                roots.add(key);
                reach(key, reached);
            }
        }
        return roots;
    }

    private void reach(String key, Set<String> reached) {
        if (reached.add(key)) {
            children.get(key).forEach(child -> reach(child, reached));
        }
    }

    private List<String> inBand(Band band) {
        return nodes.values().stream()
                .filter(n -> n.band() == band)
                .map(Node::key)
                .toList();
    }

    private List<String> leaves(String key) {
        return children.get(key).stream().filter(c -> children.get(c).isEmpty()).toList();
    }

    private List<String> branches(String key) {
        return children.get(key).stream()
                .filter(c -> !children.get(c).isEmpty())
                .toList();
    }

    private static int columns(int leafCount) {
        return (leafCount + STACK_ROWS - 1) / STACK_ROWS;
    }

    private static double stackWidth(int leafCount) {
        int columns = columns(leafCount);
        return columns * (INDENT + BOX_WIDTH) + (columns - 1) * H_GAP;
    }

    private static double stackHeight(int leafCount) {
        int rows = Math.min(leafCount, STACK_ROWS);
        return rows * BOX_HEIGHT + (rows - 1) * STACK_GAP;
    }

    private void measure(String key) {
        List<String> leaves = leaves(key);
        List<String> branches = branches(key);
        branches.forEach(this::measure);
        if (leaves.isEmpty() && branches.isEmpty()) {
            widths.put(key, BOX_WIDTH);
            heights.put(key, BOX_HEIGHT);
            return;
        }
        double rowWidth = leaves.isEmpty() ? -H_GAP : stackWidth(leaves.size());
        double rowHeight = leaves.isEmpty() ? 0 : stackHeight(leaves.size());
        for (String branch : branches) {
            rowWidth += H_GAP + widths.get(branch);
            rowHeight = Math.max(rowHeight, heights.get(branch));
        }
        widths.put(key, Math.max(BOX_WIDTH, rowWidth));
        heights.put(key, BOX_HEIGHT + V_GAP + rowHeight);
    }

    private double row(List<String> keys) {
        return keys.stream().mapToDouble(widths::get).sum() + Math.max(0, keys.size() - 1) * H_GAP;
    }

    private void place(String key, double left, double top) {
        double width = widths.get(key);
        Box box = new Box(key, Band.MISSION, left + (width - BOX_WIDTH) / 2, top, BOX_WIDTH, BOX_HEIGHT);
        boxes.put(key, box);
        List<String> leaves = leaves(key);
        List<String> branches = branches(key);
        if (leaves.isEmpty() && branches.isEmpty()) {
            return;
        }
        double rowWidth = (leaves.isEmpty() ? -H_GAP : stackWidth(leaves.size()))
                + branches.stream().mapToDouble(b -> H_GAP + widths.get(b)).sum();
        double x = left + (width - rowWidth) / 2;
        double rowTop = top + BOX_HEIGHT + V_GAP;
        double bus = top + BOX_HEIGHT + V_GAP / 2;
        Point start = new Point(box.centreX(), top + BOX_HEIGHT);
        for (int i = 0; i < leaves.size(); i++) {
            double columnLeft = x + (i / STACK_ROWS) * (INDENT + BOX_WIDTH + H_GAP);
            double leafTop = rowTop + (i % STACK_ROWS) * (BOX_HEIGHT + STACK_GAP);
            Box leaf = new Box(leaves.get(i), Band.MISSION, columnLeft + INDENT, leafTop, BOX_WIDTH, BOX_HEIGHT);
            boxes.put(leaf.key(), leaf);
            double spine = columnLeft + INDENT / 2;
            double middle = leafTop + BOX_HEIGHT / 2;
            lines.add(new Line(
                    key,
                    leaf.key(),
                    true,
                    false,
                    List.of(
                            start,
                            new Point(start.x(), bus),
                            new Point(spine, bus),
                            new Point(spine, middle),
                            new Point(leaf.x(), middle))));
        }
        if (!leaves.isEmpty()) {
            x += stackWidth(leaves.size()) + H_GAP;
        }
        for (String branch : branches) {
            place(branch, x, rowTop);
            double centre = boxes.get(branch).centreX();
            lines.add(new Line(
                    key,
                    branch,
                    true,
                    false,
                    List.of(start, new Point(start.x(), bus), new Point(centre, bus), new Point(centre, rowTop))));
            x += widths.get(branch) + H_GAP;
        }
    }

    private static int perRow(double contentWidth) {
        return Math.max(1, (int) ((contentWidth + H_GAP) / (BOX_WIDTH + H_GAP)));
    }

    private static double gridWidth(int count) {
        int perRow = Math.min(count, 6);
        return perRow * BOX_WIDTH + Math.max(0, perRow - 1) * H_GAP + 2 * H_GAP;
    }

    /** Lays a band out as a grid inside a frame; returns the y below it. */
    private double band(Band band, List<String> keys, double contentWidth, double top, List<BandFrame> frames) {
        if (keys.isEmpty()) {
            return top;
        }
        int perRow = perRow(contentWidth - 2 * H_GAP);
        int rows = (keys.size() + perRow - 1) / perRow;
        double height = BAND_TITLE + rows * BOX_HEIGHT + (rows - 1) * STACK_GAP + H_GAP;
        frames.add(new BandFrame(band, MARGIN, top, contentWidth, height));
        for (int i = 0; i < keys.size(); i++) {
            double x = MARGIN + H_GAP + (i % perRow) * (BOX_WIDTH + H_GAP);
            double y = top + BAND_TITLE + (i / perRow) * (BOX_HEIGHT + STACK_GAP);
            boxes.put(keys.get(i), new Box(keys.get(i), band, x, y, BOX_WIDTH, BOX_HEIGHT));
        }
        return top + height + BAND_GAP;
    }

    /** A curve between two boxes: from the side facing the other box, bending vertically. */
    private Line curve(String fromKey, String toKey, boolean primary) {
        Box from = boxes.get(fromKey);
        Box to = boxes.get(toKey);
        Point start;
        Point end;
        if (to.y() >= from.y() + from.height()) {
            start = new Point(from.centreX(), from.y() + from.height());
            end = new Point(to.centreX(), to.y());
        } else if (from.y() >= to.y() + to.height()) {
            start = new Point(from.centreX(), from.y());
            end = new Point(to.centreX(), to.y() + to.height());
        } else {
            boolean right = to.x() > from.x();
            start = new Point(right ? from.x() + from.width() : from.x(), from.y() + from.height() / 2);
            end = new Point(right ? to.x() : to.x() + to.width(), to.y() + to.height() / 2);
        }
        return new Line(fromKey, toKey, primary, true, List.of(start, end));
    }
}
