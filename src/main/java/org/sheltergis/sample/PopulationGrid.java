package org.sheltergis.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * Square population cells over 崇川区, built in local metres.
 *
 * <p>Cells are 100 m at scale 1 and 100/√k m at scale k, so the count grows about k-fold while the total stays
 * the same. Only cells wholly inside the district with their centre on land are kept, and empty cells are
 * skipped. Populations are rounded along the scan with a running remainder, so the rounded total equals the
 * modelled total even when cells hold less than one person each.
 */
final class PopulationGrid {

    static final double BASE_CELL_M = 100.0;

    interface CellSink {
        void cell(double x0, double y0, double size, int population);
    }

    private final CityArea area;
    private final DensityModel density;
    private final double peoplePerRawUnitArea;
    /** Raw density of every base (100 m) cell, row by row; computed once, since the base grid is scanned often. */
    private final double[] baseRaw;

    PopulationGrid(CityArea area, DensityModel density, int targetTotal) {
        this.area = area;
        this.density = density;
        Envelope box = area.envelope();
        int nx = (int) (Math.ceil(box.getMaxX() / BASE_CELL_M) - Math.floor(box.getMinX() / BASE_CELL_M));
        int ny = (int) (Math.ceil(box.getMaxY() / BASE_CELL_M) - Math.floor(box.getMinY() / BASE_CELL_M));
        double[] raws = new double[nx * ny];
        double[] rawTotal = {0};
        walk(BASE_CELL_M, (k, x0, y0, raw) -> {
            raws[k] = raw;
            rawTotal[0] += raw * BASE_CELL_M * BASE_CELL_M;
        });
        this.baseRaw = raws;
        this.peoplePerRawUnitArea = targetTotal / rawTotal[0];
    }

    private interface RawSink {
        void cell(int index, double x0, double y0, double raw);
    }

    /** Visits every cell of the grid's box, south to north and west to east, with its raw density. */
    private void walk(double size, RawSink sink) {
        Envelope box = area.envelope();
        long ix0 = (long) Math.floor(box.getMinX() / size);
        long iy0 = (long) Math.floor(box.getMinY() / size);
        long ix1 = (long) Math.ceil(box.getMaxX() / size);
        long iy1 = (long) Math.ceil(box.getMaxY() / size);
        boolean cached = size == BASE_CELL_M && baseRaw != null;
        int k = 0;
        for (long iy = iy0; iy < iy1; iy++) {
            for (long ix = ix0; ix < ix1; ix++, k++) {
                double x0 = ix * size;
                double y0 = iy * size;
                sink.cell(k, x0, y0, cached ? baseRaw[k] : rawIfKept(x0, y0, size));
            }
        }
    }

    static double cellSize(int scale) {
        return BASE_CELL_M / Math.sqrt(scale);
    }

    /** Expected people per square metre at a point. */
    double peoplePerM2(double x, double y) {
        return density.raw(x, y) * peoplePerRawUnitArea;
    }

    /**
     * Walks the grid row by row (south to north, west to east) and hands every non-empty cell to the sink.
     * With {@code keepEmpty}, land cells whose rounded population is 0 are handed over too: on a fine grid
     * most fringe cells round to nobody, and benchmarks want the cell count to grow with the scale.
     */
    long scan(double size, boolean keepEmpty, CellSink sink) {
        double[] running = {0};
        long[] emitted = {0};
        walk(size, (k, x0, y0, raw) -> {
            if (raw <= 0) {
                return;
            }
            double before = running[0];
            running[0] += raw * size * size * peoplePerRawUnitArea;
            int people = (int) (Math.round(running[0]) - Math.round(before));
            if (people > 0 || keepEmpty) {
                sink.cell(x0, y0, size, people);
                emitted[0] += people;
            }
        });
        return emitted[0];
    }

    private double rawIfKept(double x0, double y0, double size) {
        double cx = x0 + size / 2;
        double cy = y0 + size / 2;
        if (!area.onLand(cx, cy)) {
            return 0;
        }
        if (!area.squareInside(x0, y0, size)) {
            return 0;
        }
        return density.rawOnLand(cx, cy);
    }

    static Polygon square(double x0, double y0, double size) {
        return CityArea.METRIC.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0),
            new Coordinate(x0 + size, y0),
            new Coordinate(x0 + size, y0 + size),
            new Coordinate(x0, y0 + size),
            new Coordinate(x0, y0)
        });
    }
}
