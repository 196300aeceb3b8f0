package org.sheltergis.siting.solving;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.Geodesic;
import org.sheltergis.siting.Fields;
import tools.jackson.databind.JsonNode;

/**
 * An instance given whole in the request (demand points, candidates, existing shelters), independent of the register:
 * for what-ifs and outside checks. Distances are geodesic metres on the ellipsoid.
 */
final class ExplicitInstance {

    static final int MAX_DEMAND = 200_000;
    static final int MAX_CANDIDATES = 2_000;
    static final int MAX_EXISTING = 50_000;

    private ExplicitInstance() {}

    record Point(double lon, double lat) {}

    static SitingInstance read(JsonNode body, SolveParameters params, double m2PerPerson) {
        JsonNode demand = Fields.array(body, "demand", true);
        JsonNode candidates = Fields.array(body, "candidates", true);
        JsonNode existing = Fields.array(body, "existing", false);
        if (candidates.isEmpty()) {
            throw new BadRequestException("candidates", "candidates must list at least one site");
        }
        if (candidates.size() > MAX_CANDIDATES) {
            throw new BadRequestException("candidates", "at most " + MAX_CANDIDATES + " candidates");
        }
        if (demand.size() > MAX_DEMAND) {
            throw new BadRequestException("demand", "at most " + MAX_DEMAND + " demand points");
        }
        if (existing != null && existing.size() > MAX_EXISTING) {
            throw new BadRequestException("existing", "at most " + MAX_EXISTING + " existing shelters");
        }
        List<SitingInstance.Site> sites = new ArrayList<>();
        List<Point> sitePoints = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Point> shelters = points(existing);
        for (int j = 0; j < candidates.size(); j++) {
            SitingInstance.Site site =
                    candidate(candidates.get(j), "candidates[" + j + "]", params, m2PerPerson, shelters);
            if (!ids.add(site.id())) {
                throw new BadRequestException(
                        "candidates[" + j + "].id", "candidate id '" + site.id() + "' is repeated");
            }
            sites.add(site);
            sitePoints.add(new Point(site.lon(), site.lat()));
        }
        double radius = params.radiusM();
        var groups = new SitingInstance.DemandGroups();
        double total = 0;
        double already = 0;
        for (int i = 0; i < demand.size(); i++) {
            String path = "demand[" + i + "]";
            JsonNode d = object(demand.get(i), path);
            double lon = Fields.requiredNumber(d, "lon", path + ".lon");
            double lat = Fields.requiredNumber(d, "lat", path + ".lat");
            Fields.lonLat(lon, lat, path);
            double w = Fields.requiredNumber(d, "weight", path + ".weight");
            if (w < 0) {
                throw new BadRequestException(path + ".weight", path + ".weight must not be negative");
            }
            total += w;
            Point here = new Point(lon, lat);
            if (nearest(here, shelters, radius) <= radius) {
                already += w;
                continue;
            }
            List<Integer> covering = new ArrayList<>();
            for (int j = 0; j < sitePoints.size(); j++) {
                if (within(here, sitePoints.get(j), radius)) {
                    covering.add(j);
                }
            }
            groups.add(w, covering.stream().mapToInt(Integer::intValue).toArray());
        }
        long[] cost =
                sites.stream().mapToLong(s -> SolveParameters.yuan(s.cost())).toArray();
        long[] capacity = sites.stream()
                .mapToLong(s -> s.capacity() == null ? Long.MAX_VALUE / 4 : s.capacity())
                .toArray();
        long[] tie = sites.stream()
                .mapToLong(s -> params.tieBreak() ? Math.round(s.parkingDemand()) : 0)
                .toArray();
        CoverProblem problem = groups.problem(
                cost, capacity, tie, SolveParameters.yuan(params.budget()), params.maxSites(), params.capacitated());
        return new SitingInstance(problem, sites, total, already, radius);
    }

    private static SitingInstance.Site candidate(
            JsonNode raw, String path, SolveParameters params, double m2PerPerson, List<Point> shelters) {
        JsonNode c = object(raw, path);
        String id = Fields.text(c, "id", path + ".id");
        if (id == null || id.isBlank()) {
            throw new BadRequestException(path + ".id", path + ".id is required");
        }
        double lon = Fields.requiredNumber(c, "lon", path + ".lon");
        double lat = Fields.requiredNumber(c, "lat", path + ".lat");
        Fields.lonLat(lon, lat, path);
        Double cost = Fields.number(c, "cost", path + ".cost");
        Double area = Fields.number(c, "buildable_area", path + ".buildable_area");
        Double unit = Fields.number(c, "unit_cost", path + ".unit_cost");
        Double derived = area != null && unit != null ? area * unit : null;
        if (cost == null && derived == null) {
            throw new BadRequestException(path + ".cost", path + ".cost is required (or buildable_area and unit_cost)");
        }
        if (cost != null && derived != null && Math.abs(cost - derived) > 0.5) {
            throw new BadRequestException(path + ".cost", path + ".cost contradicts buildable_area × unit_cost");
        }
        cost = cost != null ? cost : derived;
        if (cost < 0) {
            throw new BadRequestException(path + ".cost", path + ".cost must not be negative");
        }
        Long capacity = capacity(c, path, m2PerPerson);
        if (params.capacitated() && capacity == null) {
            throw new BadRequestException(path + ".capacity", path + ".capacity is required when capacitated is true");
        }
        Double parking = Fields.number(c, "parking_demand", path + ".parking_demand");
        if (parking != null && parking < 0) {
            throw new BadRequestException(path + ".parking_demand", path + ".parking_demand must not be negative");
        }
        String name = Fields.text(c, "name", path + ".name");
        double nearest = nearest(new Point(lon, lat), shelters, Double.POSITIVE_INFINITY);
        return new SitingInstance.Site(
                id,
                name == null ? id : name,
                lon,
                lat,
                cost,
                capacity,
                parking == null ? 0 : parking,
                Double.isInfinite(nearest) ? null : nearest);
    }

    private static Long capacity(JsonNode c, String path, double m2PerPerson) {
        Double given = Fields.number(c, "capacity", path + ".capacity");
        Double area = Fields.number(c, "sheltering_area", path + ".sheltering_area");
        Long derived = area == null ? null : (long) Math.floor(area / m2PerPerson);
        if (given != null && (given < 0 || given != Math.rint(given))) {
            throw new BadRequestException(path + ".capacity", path + ".capacity must be a whole number of persons ≥ 0");
        }
        if (given != null && derived != null && given.longValue() != derived) {
            throw new BadRequestException(
                    path + ".capacity", path + ".capacity contradicts sheltering_area ÷ m² per person");
        }
        return given != null ? Long.valueOf(given.longValue()) : derived;
    }

    private static List<Point> points(JsonNode array) {
        List<Point> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (int k = 0; k < array.size(); k++) {
            String path = "existing[" + k + "]";
            JsonNode e = object(array.get(k), path);
            double lon = Fields.requiredNumber(e, "lon", path + ".lon");
            double lat = Fields.requiredNumber(e, "lat", path + ".lat");
            Fields.lonLat(lon, lat, path);
            out.add(new Point(lon, lat));
        }
        return out;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new BadRequestException(path, path + " must be an object");
        }
        return node;
    }

    /** Cheap rejection in degrees first (outside the spans no point is within the radius), then the geodesic. */
    private static boolean within(Point a, Point b, double radius) {
        if (Math.abs(a.lat() - b.lat()) > Geodesic.latitudeSpan(radius)
                || Math.abs(a.lon() - b.lon()) > Geodesic.longitudeSpan(radius, a.lat())) {
            return false;
        }
        return Geodesic.metres(a.lon(), a.lat(), b.lon(), b.lat()) <= radius;
    }

    private static double nearest(Point p, List<Point> shelters, double cutoff) {
        double best = Double.POSITIVE_INFINITY;
        for (Point s : shelters) {
            if (Double.isFinite(cutoff) && !within(p, s, cutoff)) {
                continue;
            }
            best = Math.min(best, Geodesic.metres(p.lon(), p.lat(), s.lon(), s.lat()));
        }
        return best;
    }
}
