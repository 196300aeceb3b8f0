package org.sheltergis.siting.solving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A covering problem together with what a report needs about each candidate, and the demand around it:
 * {@code totalWeight} is all staying population considered, {@code alreadyCoveredWeight} the part within reach of an
 * existing shelter (which no new site is credited for).
 */
public record SitingInstance(
        CoverProblem problem, List<Site> sites, double totalWeight, double alreadyCoveredWeight, double radiusM) {

    /** A candidate as reported: its id (code), name, a representative point, cost, capacity and context. */
    public record Site(
            String id,
            String name,
            double lon,
            double lat,
            double cost,
            Long capacity,
            double parkingDemand,
            Double nearestExistingM) {}

    /**
     * Groups demand points that the same candidates cover into one weighted demand: the optimum is unchanged and the
     * model shrinks to the number of distinct neighbourhoods. Weights become whole persons after summing.
     */
    public static final class DemandGroups {
        private final Map<List<Integer>, double[]> groups = new LinkedHashMap<>();
        private double coverable;

        public void add(double weight, int[] sites) {
            if (sites.length == 0 || weight <= 0) {
                return;
            }
            int[] sorted = sites.clone();
            Arrays.sort(sorted);
            groups.computeIfAbsent(Arrays.stream(sorted).boxed().toList(), k -> new double[1])[0] += weight;
            coverable += weight;
        }

        double coverable() {
            return coverable;
        }

        public CoverProblem problem(
                long[] cost, long[] capacity, long[] tieBreak, Long budget, Integer maxSites, boolean capacitated) {
            List<List<Integer>> bySite = new ArrayList<>();
            for (int j = 0; j < cost.length; j++) {
                bySite.add(new ArrayList<>());
            }
            List<Long> weights = new ArrayList<>();
            for (var g : groups.entrySet()) {
                long w = Math.round(g.getValue()[0]);
                if (w <= 0) {
                    continue;
                }
                int index = weights.size();
                weights.add(w);
                for (int j : g.getKey()) {
                    bySite.get(j).add(index);
                }
            }
            int[][] covers = bySite.stream()
                    .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            return new CoverProblem(
                    weights.stream().mapToLong(Long::longValue).toArray(),
                    covers,
                    cost,
                    capacity,
                    tieBreak,
                    budget,
                    maxSites,
                    capacitated);
        }
    }
}
