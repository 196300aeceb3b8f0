package org.sheltergis.siting.solving;

import java.util.ArrayList;
import java.util.List;

/**
 * A maximal-covering instance in plain indices, the form both solvers read. Demand {@code i} has a whole-person
 * weight; candidate {@code j} covers the demand listed in {@code covers[j]}, costs {@code cost[j]} (CNY) and shelters
 * at most {@code capacity[j]} persons. {@code tieBreak[j]} is the secondary value (peacetime parking demand) that
 * decides between plans covering the same population. A null budget or site count means "no such limit".
 */
public record CoverProblem(
        long[] weight,
        int[][] covers,
        long[] cost,
        long[] capacity,
        long[] tieBreak,
        Long budget,
        Integer maxSites,
        boolean capacitated) {

    int demands() {
        return weight.length;
    }

    int sites() {
        return cost.length;
    }

    /** For each demand, the candidates that cover it. */
    int[][] coveredBy() {
        List<List<Integer>> by = new ArrayList<>();
        for (int i = 0; i < weight.length; i++) {
            by.add(new ArrayList<>());
        }
        for (int j = 0; j < covers.length; j++) {
            for (int i : covers[j]) {
                by.get(i).add(j);
            }
        }
        int[][] out = new int[weight.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = by.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Whether a set of sites keeps within the budget and the site count. */
    boolean feasible(int[] chosen) {
        long spent = 0;
        for (int j : chosen) {
            spent += cost[j];
        }
        return (budget == null || spent <= budget) && (maxSites == null || chosen.length <= maxSites);
    }

    long costOf(int[] chosen) {
        long spent = 0;
        for (int j : chosen) {
            spent += cost[j];
        }
        return spent;
    }

    long tieBreakOf(int[] chosen) {
        long sum = 0;
        for (int j : chosen) {
            sum += tieBreak[j];
        }
        return sum;
    }

    /** The population a set of sites newly covers: a union of weights, or a max flow when capacity counts. */
    long value(int[] chosen) {
        if (!capacitated) {
            boolean[] seen = new boolean[weight.length];
            long sum = 0;
            for (int j : chosen) {
                for (int i : covers[j]) {
                    if (!seen[i]) {
                        seen[i] = true;
                        sum += weight[i];
                    }
                }
            }
            return sum;
        }
        return CapacitatedCover.maxCovered(this, chosen);
    }
}
