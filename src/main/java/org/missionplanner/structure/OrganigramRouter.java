package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.missionplanner.structure.OrganigramLayout.Box;
import org.missionplanner.structure.OrganigramLayout.Point;

/**
 * Routes a line between two boxes of a laid-out organigram orthogonally around every other box, so
 * that no line crosses a unit it does not join. The routes run on the grid of channels beside the
 * boxes (a Hanan grid of their edges pushed out by a clearance); a shortest path with a penalty
 * per bend is searched from the four sides of the first box to the four sides of the second. The
 * grid and what blocks it are built once per organigram and shared by its lines.
 */
final class OrganigramRouter {

    private static final double CLEARANCE = 6;
    private static final double CHANNEL = 11;
    private static final double STUB = 11;
    private static final double BEND = 40;
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};

    private final List<Box> boxes;
    private final double[] xs;
    private final double[] ys;
    private final boolean[] freeNode;
    private final boolean[] freeRight;
    private final boolean[] freeDown;

    OrganigramRouter(Collection<Box> boxes, double width, double height) {
        this.boxes = List.copyOf(boxes);
        TreeSet<Double> xSet = new TreeSet<>(List.of(CHANNEL, width - CHANNEL));
        TreeSet<Double> ySet = new TreeSet<>(List.of(CHANNEL, height - CHANNEL));
        for (Box box : this.boxes) {
            xSet.addAll(List.of(box.x() - CHANNEL, box.centreX(), box.x() + box.width() + CHANNEL));
            ySet.addAll(List.of(box.y() - STUB, box.y() + box.height() / 2, box.y() + box.height() + STUB));
        }
        xs = xSet.stream().mapToDouble(Double::doubleValue).toArray();
        ys = ySet.stream().mapToDouble(Double::doubleValue).toArray();
        freeNode = new boolean[xs.length * ys.length];
        freeRight = new boolean[xs.length * ys.length];
        freeDown = new boolean[xs.length * ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                int node = index(i, j);
                freeNode[node] = clear(xs[i], ys[j], xs[i], ys[j]);
                freeRight[node] = i + 1 < xs.length && clear(xs[i], ys[j], xs[i + 1], ys[j]);
                freeDown[node] = j + 1 < ys.length && clear(xs[i], ys[j], xs[i], ys[j + 1]);
            }
        }
    }

    /** The route from one box to another as a polyline from side to side, or null when none exists. */
    List<Point> route(Box from, Box to) {
        List<Port> starts = ports(from);
        List<Port> ends = ports(to);
        int states = xs.length * ys.length * 4;
        double[] cost = new double[states];
        int[] previous = new int[states];
        Arrays.fill(cost, Double.MAX_VALUE);
        Arrays.fill(previous, -1);
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (Port start : starts) {
            int node = nodeAt(start.stub());
            if (node < 0 || !freeNode[node]) {
                continue;
            }
            int state = node * 4 + start.direction();
            cost[state] = 0;
            queue.add(new double[] {estimate(node, ends), state});
        }
        while (!queue.isEmpty()) {
            double[] head = queue.poll();
            int state = (int) head[1];
            int node = state / 4;
            int direction = state % 4;
            if (head[0] - estimate(node, ends) > cost[state] + 1e-6) {
                continue;
            }
            Port end = endAt(node, ends);
            if (end != null) {
                return path(state, previous, starts, end);
            }
            int i = node / ys.length;
            int j = node % ys.length;
            for (int d = 0; d < 4; d++) {
                int ni = i + DX[d];
                int nj = j + DY[d];
                if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ys.length || !edgeFree(i, j, d)) {
                    continue;
                }
                int next = index(ni, nj);
                double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (d == direction ? 0 : BEND);
                int nextState = next * 4 + d;
                if (cost[state] + step < cost[nextState]) {
                    cost[nextState] = cost[state] + step;
                    previous[nextState] = state;
                    queue.add(new double[] {cost[nextState] + estimate(next, ends), nextState});
                }
            }
        }
        return null;
    }

    /** A side of a box: where the line leaves it, the point just outside where it joins the grid, and its heading. */
    private record Port(Point side, Point stub, int direction) {}

    private static List<Port> ports(Box box) {
        double cx = box.centreX();
        double cy = box.y() + box.height() / 2;
        return List.of(
                new Port(new Point(cx, box.y() + box.height()), new Point(cx, box.y() + box.height() + STUB), 2),
                new Port(new Point(cx, box.y()), new Point(cx, box.y() - STUB), 3),
                new Port(new Point(box.x() + box.width(), cy), new Point(box.x() + box.width() + CHANNEL, cy), 0),
                new Port(new Point(box.x(), cy), new Point(box.x() - CHANNEL, cy), 1));
    }

    private List<Point> path(int endState, int[] previous, List<Port> starts, Port end) {
        List<Point> reversed = new ArrayList<>();
        reversed.add(end.side());
        for (int state = endState; state >= 0; state = previous[state]) {
            int node = state / 4;
            reversed.add(new Point(xs[node / ys.length], ys[node % ys.length]));
        }
        Point first = reversed.get(reversed.size() - 1);
        starts.stream()
                .filter(port -> port.stub().equals(first))
                .findFirst()
                .ifPresent(port -> reversed.add(port.side()));
        List<Point> points = new ArrayList<>();
        for (int k = reversed.size() - 1; k >= 0; k--) {
            Point point = reversed.get(k);
            int last = points.size() - 1;
            if (last >= 1 && collinear(points.get(last - 1), points.get(last), point)) {
                points.set(last, point);
            } else if (last < 0 || !points.get(last).equals(point)) {
                points.add(point);
            }
        }
        return points;
    }

    private static boolean collinear(Point a, Point b, Point c) {
        return (a.x() == b.x() && b.x() == c.x()) || (a.y() == b.y() && b.y() == c.y());
    }

    private Port endAt(int node, List<Port> ends) {
        double x = xs[node / ys.length];
        double y = ys[node % ys.length];
        return ends.stream()
                .filter(port -> port.stub().x() == x && port.stub().y() == y)
                .findFirst()
                .orElse(null);
    }

    private double estimate(int node, List<Port> ends) {
        double x = xs[node / ys.length];
        double y = ys[node % ys.length];
        return ends.stream()
                .mapToDouble(port ->
                        Math.abs(port.stub().x() - x) + Math.abs(port.stub().y() - y))
                .min()
                .orElse(0);
    }

    private boolean edgeFree(int i, int j, int direction) {
        return switch (direction) {
            case 0 -> freeRight[index(i, j)];
            case 1 -> freeRight[index(i - 1, j)];
            case 2 -> freeDown[index(i, j)];
            default -> freeDown[index(i, j - 1)];
        };
    }

    private int nodeAt(Point point) {
        int i = Arrays.binarySearch(xs, point.x());
        int j = Arrays.binarySearch(ys, point.y());
        return i < 0 || j < 0 ? -1 : index(i, j);
    }

    private int index(int i, int j) {
        return i * ys.length + j;
    }

    /** Whether a horizontal or vertical segment keeps its clearance from every box. */
    private boolean clear(double x1, double y1, double x2, double y2) {
        double left = Math.min(x1, x2);
        double right = Math.max(x1, x2);
        double top = Math.min(y1, y2);
        double bottom = Math.max(y1, y2);
        for (Box box : boxes) {
            if (right > box.x() - CLEARANCE
                    && left < box.x() + box.width() + CLEARANCE
                    && bottom > box.y() - CLEARANCE
                    && top < box.y() + box.height() + CLEARANCE) {
                return false;
            }
        }
        return true;
    }
}
