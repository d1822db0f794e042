package org.missionplanner.deployment;

import java.util.List;

/**
 * An equirectangular projection of an area onto a drawing of a given size: longitudes are shrunk by
 * the cosine of the area's middle latitude, so that shapes near the area look right. The area is
 * the points' bounding box with a margin, widened or heightened to fill the drawing's proportions.
 */
public record MapProjection(
        double west,
        double north,
        double east,
        double south,
        double scale,
        double cosine,
        double width,
        double height) {

    /** The smallest area shown, in degrees, so that one location does not fill the map. */
    static final double MIN_SPAN = 4;

    /** The margin around the points, a share of their span, at least one degree. */
    static final double MARGIN = 0.12;

    /** The projection fitting the points ({longitude, latitude} pairs) into width × height. */
    static MapProjection fitting(List<double[]> points, double width, double height) {
        double west = 180, east = -180, south = 90, north = -90;
        for (double[] p : points) {
            west = Math.min(west, p[0]);
            east = Math.max(east, p[0]);
            south = Math.min(south, p[1]);
            north = Math.max(north, p[1]);
        }
        if (points.isEmpty()) {
            west = -20;
            east = 50;
            south = -35;
            north = 37;
        }
        double lonMargin = Math.max(1, (east - west) * MARGIN);
        double latMargin = Math.max(1, (north - south) * MARGIN);
        west -= lonMargin;
        east += lonMargin;
        south -= latMargin;
        north += latMargin;
        double middle = (north + south) / 2;
        double cosine = Math.max(0.2, Math.cos(Math.toRadians(middle)));
        double lonSpan = Math.max(MIN_SPAN / cosine, east - west);
        double latSpan = Math.max(MIN_SPAN, north - south);
        // fill the drawing: widen or heighten the area to the drawing's proportions
        if (lonSpan * cosine / latSpan < width / height) {
            lonSpan = latSpan * (width / height) / cosine;
        } else {
            latSpan = lonSpan * cosine / (width / height);
        }
        double centreLon = (west + east) / 2;
        double centreLat = (north + south) / 2;
        return new MapProjection(
                centreLon - lonSpan / 2,
                centreLat + latSpan / 2,
                centreLon + lonSpan / 2,
                centreLat - latSpan / 2,
                width / (lonSpan * cosine),
                cosine,
                width,
                height);
    }

    public double x(double longitude) {
        return (longitude - west) * cosine * scale;
    }

    public double y(double latitude) {
        return (north - latitude) * scale;
    }

    public boolean inside(double x, double y) {
        return x >= 0 && x <= width && y >= 0 && y <= height;
    }
}
