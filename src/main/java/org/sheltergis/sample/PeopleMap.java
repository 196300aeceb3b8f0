package org.sheltergis.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The 100 m population grid held in memory, for the generator's own checks: how much of the population a set
 * of entrances covers, and how many uncovered people a candidate site would reach. At scale 1 these are the
 * very cells that get stored, so the checks here match what SQL will later find.
 */
final class PeopleMap {

    private final long ix0;
    private final long iy0;
    private final int nx;
    private final int ny;
    private final double size;
    private final int[] people;
    private long total;

    private PeopleMap(Envelope box, double size) {
        this.size = size;
        this.ix0 = (long) Math.floor(box.getMinX() / size);
        this.iy0 = (long) Math.floor(box.getMinY() / size);
        this.nx = (int) ((long) Math.ceil(box.getMaxX() / size) - ix0);
        this.ny = (int) ((long) Math.ceil(box.getMaxY() / size) - iy0);
        this.people = new int[nx * ny];
    }

    static PeopleMap build(CityArea area, PopulationGrid grid) {
        PeopleMap map = new PeopleMap(area.envelope(), PopulationGrid.BASE_CELL_M);
        grid.scan(PopulationGrid.BASE_CELL_M, false, (x0, y0, s, n) -> {
            int i = (int) (Math.round(x0 / s) - map.ix0);
            int j = (int) (Math.round(y0 / s) - map.iy0);
            map.people[j * map.nx + i] = n;
            map.total += n;
        });
        return map;
    }

    long total() {
        return total;
    }

    boolean[] emptyCover() {
        return new boolean[people.length];
    }

    /** Marks every cell whose centre lies within the radius of the point. */
    void cover(boolean[] covered, double x, double y, double radius) {
        int r = (int) Math.ceil(radius / size) + 1;
        int ci = (int) (Math.floor(x / size) - ix0);
        int cj = (int) (Math.floor(y / size) - iy0);
        for (int j = Math.max(0, cj - r); j <= Math.min(ny - 1, cj + r); j++) {
            for (int i = Math.max(0, ci - r); i <= Math.min(nx - 1, ci + r); i++) {
                double dx = centreX(i) - x;
                double dy = centreY(j) - y;
                if (dx * dx + dy * dy <= radius * radius) {
                    covered[j * nx + i] = true;
                }
            }
        }
    }

    double coveredShare(boolean[] covered) {
        long sum = 0;
        for (int k = 0; k < people.length; k++) {
            if (covered[k]) {
                sum += people[k];
            }
        }
        return total == 0 ? 0 : (double) sum / total;
    }

    /** People in cells whose centre is within the radius of the geometry and not yet covered. */
    long uncoveredNear(Geometry g, double radius, boolean[] covered) {
        Envelope e = g.getEnvelopeInternal();
        int i0 = Math.max(0, (int) (Math.floor((e.getMinX() - radius) / size) - ix0));
        int i1 = Math.min(nx - 1, (int) (Math.floor((e.getMaxX() + radius) / size) - ix0));
        int j0 = Math.max(0, (int) (Math.floor((e.getMinY() - radius) / size) - iy0));
        int j1 = Math.min(ny - 1, (int) (Math.floor((e.getMaxY() + radius) / size) - iy0));
        long sum = 0;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                int k = j * nx + i;
                if (people[k] == 0 || (covered != null && covered[k])) {
                    continue;
                }
                Point c = CityArea.METRIC.createPoint(new Coordinate(centreX(i), centreY(j)));
                if (g.isWithinDistance(c, radius)) {
                    sum += people[k];
                }
            }
        }
        return sum;
    }

    /** Marks the cells a geometry would cover, as {@link #uncoveredNear} counts them. */
    void coverNear(boolean[] covered, Geometry g, double radius) {
        Envelope e = g.getEnvelopeInternal();
        for (int j = 0; j < ny; j++) {
            double cy = centreY(j);
            if (cy < e.getMinY() - radius || cy > e.getMaxY() + radius) {
                continue;
            }
            for (int i = 0; i < nx; i++) {
                double cx = centreX(i);
                if (cx >= e.getMinX() - radius
                        && cx <= e.getMaxX() + radius
                        && g.isWithinDistance(CityArea.METRIC.createPoint(new Coordinate(cx, cy)), radius)) {
                    covered[j * nx + i] = true;
                }
            }
        }
    }

    /** Draws points with probability proportional to (people in the cell)^power, uniformly within the cell. */
    final class Sampler {
        private final double[] cumulative = new double[people.length];

        private Sampler(double power) {
            double sum = 0;
            for (int k = 0; k < people.length; k++) {
                sum += people[k] == 0 ? 0 : StrictMath.pow(people[k], power);
                cumulative[k] = sum;
            }
        }

        Coordinate next(java.util.Random rnd) {
            double target = rnd.nextDouble() * cumulative[cumulative.length - 1];
            int k = java.util.Arrays.binarySearch(cumulative, target);
            k = k >= 0 ? k : -k - 1;
            // An exact hit on a cumulative value may land on an empty cell: step to a populated neighbour.
            while (people[k] == 0 && k + 1 < people.length) {
                k++;
            }
            while (people[k] == 0 && k > 0) {
                k--;
            }
            return new Coordinate(
                    centreX(k % nx) + (rnd.nextDouble() - 0.5) * size,
                    centreY(k / nx) + (rnd.nextDouble() - 0.5) * size);
        }
    }

    Sampler sampler(double power) {
        return new Sampler(power);
    }

    /** The largest density on the map, in people per square metre. */
    double maxDensity() {
        int max = 0;
        for (int p : people) {
            max = Math.max(max, p);
        }
        return max / (size * size);
    }

    private double centreX(int i) {
        return (ix0 + i) * size + size / 2;
    }

    private double centreY(int j) {
        return (iy0 + j) * size + size / 2;
    }
}
