package org.sheltergis.siting.solving;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.Geodesic;

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

    static SitingInstance read(SolveRequest body, SolveParameters params, double m2PerPerson) {
        List<SolveRequest.Demand> demand = body.demand();
        List<SolveRequest.Candidate> candidates = body.candidates();
        List<SitingInstance.Site> sites = new ArrayList<>();
        List<Point> sitePoints = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Point> shelters = body.existing() == null
                ? List.of()
                : body.existing().stream().map(e -> new Point(e.lon(), e.lat())).toList();
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
        for (SolveRequest.Demand d : demand) {
            double w = d.weight();
            total += w;
            Point here = new Point(d.lon(), d.lat());
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
            SolveRequest.Candidate c, String path, SolveParameters params, double m2PerPerson, List<Point> shelters) {
        String id = c.id().strip();
        double lon = c.lon();
        double lat = c.lat();
        Double cost = c.cost();
        Double area = c.buildableArea();
        Double unit = c.unitCost();
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
        Double parking = c.parkingDemand();
        String name = c.name();
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

    private static Long capacity(SolveRequest.Candidate c, String path, double m2PerPerson) {
        Long given = c.capacity();
        Double area = c.shelteringArea();
        Long derived = area == null ? null : (long) Math.floor(area / m2PerPerson);
        if (given != null && derived != null && !given.equals(derived)) {
            throw new BadRequestException(
                    path + ".capacity", path + ".capacity contradicts sheltering_area ÷ m² per person");
        }
        return given != null ? given : derived;
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
