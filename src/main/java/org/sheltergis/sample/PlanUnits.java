package org.sheltergis.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Control-plan units (控规单元) tiling 崇川区: the Voronoi cells of named neighbourhood centres, each nudged by
 * the seed, clipped to the district. Units are small in the dense centre and large at the fringe, as real
 * units are. Their number does not change with the scale factor.
 */
final class PlanUnits {

    record Unit(long id, String code, String name, Coordinate seed, Geometry geom) {}

    private static final double JITTER_M = 250.0;

    private static final Object[][] CENTRES = {
        {"濠河", 120.866, 32.010}, {"和平桥", 120.880, 32.002}, {"文峰", 120.892, 32.012},
        {"钟秀", 120.880, 32.030}, {"虹桥", 120.860, 32.025}, {"任港", 120.842, 32.008},
        {"学田", 120.864, 31.993}, {"城东", 120.905, 32.022}, {"观音山", 120.975, 31.988},
        {"秦灶", 120.932, 32.042}, {"唐闸", 120.830, 32.064}, {"天生港", 120.792, 32.045},
        {"港闸", 120.815, 32.035}, {"永兴", 120.850, 32.045}, {"幸福", 120.790, 32.080},
        {"陈桥", 120.828, 32.100}, {"北濠", 120.880, 32.058}, {"新城", 120.905, 31.990},
        {"狼山", 120.880, 31.950}, {"五山", 120.862, 31.968}, {"中兴", 120.930, 31.965},
        {"能达", 120.952, 31.972}, {"竹行", 120.962, 31.945}, {"小海", 120.985, 31.912},
        {"新开", 120.985, 31.958}, {"江海", 121.020, 31.835}, {"通富", 121.060, 31.845},
        {"苏通", 120.965, 31.865}, {"城山", 120.895, 31.970}, {"南川", 120.845, 31.985},
        {"姚港", 120.880, 31.984}, {"星湖", 120.930, 31.990}, {"芦泾", 120.755, 32.020},
        {"东港", 120.945, 32.015}, {"长桥", 120.895, 32.040}, {"江山", 120.930, 31.915},
    };

    private final List<Unit> units;

    PlanUnits(CityArea area, Random rnd) {
        List<Coordinate> seeds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Object[] c : CENTRES) {
            double x = LocalProjection.x((Double) c[1]) + Seeds.uniform(rnd, -JITTER_M, JITTER_M);
            double y = LocalProjection.y((Double) c[2]) + Seeds.uniform(rnd, -JITTER_M, JITTER_M);
            if (area.insideDistrict(CityArea.METRIC.createPoint(new Coordinate(x, y)))) {
                seeds.add(new Coordinate(x, y));
                names.add((String) c[0]);
            }
        }
        this.units = clip(area, seeds, names);
    }

    private static List<Unit> clip(CityArea area, List<Coordinate> seeds, List<String> names) {
        Envelope frame = area.envelope().copy();
        frame.expandBy(5000);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(seeds);
        builder.setClipEnvelope(frame);
        Geometry cells = builder.getDiagram(CityArea.METRIC);
        List<Unit> result = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            Geometry cell = cellOf(cells, seeds.get(i));
            Geometry clipped = polygonsOnly(cell.intersection(area.district()));
            if (!clipped.isEmpty()) {
                long id = result.size() + 1;
                result.add(new Unit(id, String.format("CC-%02d", id), names.get(i) + "单元", seeds.get(i), clipped));
            }
        }
        return result;
    }

    /** The diagram's cells come in no promised order; each carries its site as user data. */
    private static Geometry cellOf(Geometry cells, Coordinate seed) {
        for (int k = 0; k < cells.getNumGeometries(); k++) {
            Geometry cell = cells.getGeometryN(k);
            if (seed.equals2D((Coordinate) cell.getUserData())) {
                return cell;
            }
        }
        throw new IllegalStateException("no Voronoi cell for a plan-unit centre");
    }

    private static Geometry polygonsOnly(Geometry g) {
        List<Polygon> parts = new ArrayList<>();
        for (int k = 0; k < g.getNumGeometries(); k++) {
            if (g.getGeometryN(k) instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            }
        }
        return CityArea.METRIC.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    /** The neighbourhood a point belongs to, by its nearest named centre, for naming things placed there. */
    static String neighbourhood(double x, double y) {
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (Object[] c : CENTRES) {
            double dx = LocalProjection.x((Double) c[1]) - x;
            double dy = LocalProjection.y((Double) c[2]) - y;
            if (dx * dx + dy * dy < bestD) {
                bestD = dx * dx + dy * dy;
                best = (String) c[0];
            }
        }
        return best;
    }

    List<Unit> all() {
        return units;
    }

    /** Index (into {@link #all}) of the unit holding a point: the nearest centre, as in the Voronoi diagram. */
    int indexOf(double x, double y) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < units.size(); i++) {
            Coordinate s = units.get(i).seed();
            double d = (s.x - x) * (s.x - x) + (s.y - y) * (s.y - y);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
