package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.List;
import org.missionplanner.structure.OrganigramDrawing.UnitBox;

/**
 * Finds the lines of a drawn organigram that cross a box they do not join: each line's path (moves
 * and straight segments only; a curve counts as a crossing, since it cannot be checked) against
 * every other box, touching an edge allowed.
 */
final class LineCrossings {

    private LineCrossings() {}

    static List<String> of(OrganigramDrawing drawing) {
        List<String> crossings = new ArrayList<>();
        for (OrganigramDrawing.Line line : drawing.lines()) {
            if (line.path().contains("C")) {
                crossings.add(line.fromKey() + "→" + line.toKey() + " is a curve");
                continue;
            }
            List<double[]> points = points(line.path());
            for (int k = 1; k < points.size(); k++) {
                double[] a = points.get(k - 1);
                double[] b = points.get(k);
                for (UnitBox box : drawing.boxes()) {
                    if (box.key().equals(line.fromKey()) || box.key().equals(line.toKey())) {
                        continue;
                    }
                    if (crosses(a, b, box)) {
                        crossings.add(line.fromKey() + "→" + line.toKey() + " crosses " + box.key());
                    }
                }
            }
        }
        return crossings;
    }

    private static List<double[]> points(String path) {
        List<double[]> points = new ArrayList<>();
        String[] parts = path.trim().split("\\s+|(?=[ML])|(?<=[ML])");
        List<Double> numbers = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals("M") || part.equals("L")) {
                continue;
            }
            numbers.add(Double.parseDouble(part.replaceAll("[ML]", "")));
        }
        for (int k = 0; k + 1 < numbers.size(); k += 2) {
            points.add(new double[] {numbers.get(k), numbers.get(k + 1)});
        }
        return points;
    }

    /** Whether a horizontal or vertical segment enters the inside of the box (its edges excluded). */
    private static boolean crosses(double[] a, double[] b, UnitBox box) {
        double left = Math.min(a[0], b[0]);
        double right = Math.max(a[0], b[0]);
        double top = Math.min(a[1], b[1]);
        double bottom = Math.max(a[1], b[1]);
        return right > box.x() + 0.5
                && left < box.x() + box.width() - 0.5
                && bottom > box.y() + 0.5
                && top < box.y() + box.height() - 0.5;
    }
}
