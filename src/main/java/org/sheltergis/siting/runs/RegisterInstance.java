package org.sheltergis.siting.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.siting.solving.CoverProblem;
import org.sheltergis.siting.solving.SitingInstance;
import org.sheltergis.siting.solving.SolveParameters;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a covering instance from the register: candidate sites (with exclusions), population cells as demand
 * (× staying share) not already covered by supply (the one definition in the analysis schema, V11), and the coverage
 * sets — all measured in PostGIS.
 */
final class RegisterInstance {

    /** The register-specific knobs of a run. */
    record Scope(
            String district,
            double stayingShare,
            double minBuildableArea,
            double shelteringShare,
            double m2PerPerson,
            double unitCost,
            double parkingRadiusM,
            double vehiclesPerResident) {}

    /** A candidate from the register; {@code reasons} is empty when the site is eligible. */
    record Candidate(
            long id,
            String code,
            String name,
            String kind,
            String district,
            double buildableArea,
            double cost,
            long capacity,
            double lon,
            double lat,
            Double nearestExistingM,
            double parkingDemand,
            List<String> reasons) {}

    /**
     * @param people        the population in scope (persons, not staying persons)
     * @param coveredPeople the part already covered by supply, as coverage analysis counts it (V11)
     */
    record Loaded(
            SitingInstance instance,
            List<Candidate> eligible,
            List<Candidate> excluded,
            double people,
            double coveredPeople) {}

    private RegisterInstance() {}

    static List<Candidate> candidates(JdbcClient jdbc, Scope scope) {
        return jdbc.sql(SqlFiles.load("siting/candidates.sql"))
                .param("district", scope.district())
                .param("unit_cost", scope.unitCost())
                .param("sheltering_share", scope.shelteringShare())
                .param("m2_per_person", scope.m2PerPerson())
                .param("parking_radius", scope.parkingRadiusM())
                .param("vehicles_per_resident", scope.vehiclesPerResident())
                .query((rs, n) -> {
                    List<String> reasons = new ArrayList<>();
                    if (rs.getString("hazard") != null) {
                        reasons.add(String.format(
                                java.util.Locale.ROOT,
                                "hazard:%s:%.0f<%.0f",
                                rs.getString("hazard"),
                                rs.getDouble("hazard_distance_m"),
                                rs.getDouble("hazard_clearance_m")));
                    }
                    if (rs.getString("overlapping_work") != null) {
                        reasons.add("existing_work:" + rs.getString("overlapping_work"));
                    }
                    double area = rs.getDouble("buildable_area");
                    if (area < scope.minBuildableArea()) {
                        reasons.add("buildable_area:" + Math.round(area) + "<" + Math.round(scope.minBuildableArea()));
                    }
                    double nearest = rs.getDouble("nearest_existing_m");
                    Double nearestM = rs.wasNull() ? null : nearest;
                    return new Candidate(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("kind"),
                            rs.getString("district_code"),
                            area,
                            rs.getDouble("cost"),
                            rs.getLong("capacity"),
                            rs.getDouble("lon"),
                            rs.getDouble("lat"),
                            nearestM,
                            rs.getDouble("parking_demand"),
                            reasons);
                })
                .list();
    }

    static Loaded load(JdbcClient jdbc, Scope scope, SolveParameters params, Double budget) {
        List<Candidate> all = candidates(jdbc, scope);
        List<Candidate> eligible =
                all.stream().filter(c -> c.reasons().isEmpty()).toList();
        List<Candidate> excluded =
                all.stream().filter(c -> !c.reasons().isEmpty()).toList();
        Map<Long, Integer> index = new HashMap<>();
        List<SitingInstance.Site> sites = new ArrayList<>();
        for (Candidate c : eligible) {
            index.put(c.id(), sites.size());
            sites.add(new SitingInstance.Site(
                    c.code(),
                    c.name(),
                    c.lon(),
                    c.lat(),
                    c.cost(),
                    c.capacity(),
                    Math.round(c.parkingDemand()),
                    c.nearestExistingM()));
        }
        var groups = new SitingInstance.DemandGroups();
        if (!eligible.isEmpty()) {
            String ids = eligible.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(","));
            jdbc.sql(SqlFiles.load("siting/demand.sql"))
                    .param("ids", ids)
                    .param("radius", params.radiusM())
                    .param("staying_share", scope.stayingShare())
                    .query((rs, n) -> {
                        String[] parts = rs.getString("sites").split(",");
                        int[] covering = new int[parts.length];
                        for (int k = 0; k < parts.length; k++) {
                            covering[k] = index.get(Long.parseLong(parts[k]));
                        }
                        groups.add(rs.getDouble("weight"), covering);
                        return null;
                    })
                    .list();
        }
        Map<String, Object> totals = jdbc.sql(SqlFiles.load("siting/demand_totals.sql"))
                .param("district", scope.district())
                .param("radius", params.radiusM())
                .param("staying_share", scope.stayingShare())
                .query()
                .singleRow();
        long[] cost =
                eligible.stream().mapToLong(c -> SolveParameters.yuan(c.cost())).toArray();
        long[] capacity = eligible.stream().mapToLong(Candidate::capacity).toArray();
        long[] tie = eligible.stream()
                .mapToLong(c -> params.tieBreak() ? Math.round(c.parkingDemand()) : 0)
                .toArray();
        CoverProblem problem = groups.problem(
                cost, capacity, tie, SolveParameters.yuan(budget), params.maxSites(), params.capacitated());
        SitingInstance instance = new SitingInstance(
                problem,
                sites,
                ((Number) totals.get("total")).doubleValue(),
                ((Number) totals.get("covered")).doubleValue(),
                params.radiusM());
        return new Loaded(
                instance,
                eligible,
                excluded,
                ((Number) totals.get("people")).doubleValue(),
                ((Number) totals.get("covered_people")).doubleValue());
    }
}
