package org.sheltergis.siting.solving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shrinks an uncapacitated covering problem without changing its lexicographic optimum (coverage, then fewest sites,
 * then most parking demand): a candidate is dropped when another one covers at least the same demand, costs no more
 * and has at least its parking demand ("dominated columns"); demand rows that the remaining candidates cover alike are
 * merged. A plan using a dropped site j can swap it for its dominator k (or drop it when k is already chosen) and be
 * no worse on any count, so an optimal plan exists among the kept sites. Dominance is a strict partial order (exact
 * duplicates: the lower index wins), so every dropped site has a kept dominator.
 *
 * <p>Capacitated problems are returned as they are: with capacities, a dominated site can still add capacity next to
 * its dominator.
 */
record CoverReduction(CoverProblem reduced, int[] keptSites) {

    static CoverReduction of(CoverProblem p) {
        int m = p.sites();
        if (p.capacitated()) {
            int[] all = new int[m];
            Arrays.setAll(all, j -> j);
            return new CoverReduction(p, all);
        }
        BitSet[] cover = new BitSet[m];
        int[] size = new int[m];
        for (int j = 0; j < m; j++) {
            cover[j] = new BitSet(p.demands());
            for (int i : p.covers()[j]) {
                cover[j].set(i);
            }
            size[j] = cover[j].cardinality();
        }
        // For each site the sites sharing its first demand are the only possible dominators (a dominator covers it).
        int[][] coveredBy = p.coveredBy();
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (size[j] > 0 && !dominated(p, cover, size, coveredBy, j)) {
                kept.add(j);
            }
        }
        int[] keptSites = kept.stream().mapToInt(Integer::intValue).toArray();
        return new CoverReduction(restrict(p, keptSites), keptSites);
    }

    private static boolean dominated(CoverProblem p, BitSet[] cover, int[] size, int[][] coveredBy, int j) {
        int first = cover[j].nextSetBit(0);
        for (int k : coveredBy[first]) {
            if (k == j || size[k] < size[j] || p.cost()[k] > p.cost()[j] || p.tieBreak()[k] < p.tieBreak()[j]) {
                continue;
            }
            BitSet rest = (BitSet) cover[j].clone();
            rest.andNot(cover[k]);
            if (!rest.isEmpty()) {
                continue;
            }
            boolean equal = size[k] == size[j] && p.cost()[k] == p.cost()[j] && p.tieBreak()[k] == p.tieBreak()[j];
            if (!equal || k < j) {
                return true;
            }
        }
        return false;
    }

    /** The problem over the kept sites only, with demand rows covered by the same kept sites merged. */
    private static CoverProblem restrict(CoverProblem p, int[] keptSites) {
        int[] newIndex = new int[p.sites()];
        Arrays.fill(newIndex, -1);
        for (int k = 0; k < keptSites.length; k++) {
            newIndex[keptSites[k]] = k;
        }
        int[][] by = p.coveredBy();
        Map<List<Integer>, long[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < p.demands(); i++) {
            List<Integer> sites = new ArrayList<>();
            for (int j : by[i]) {
                if (newIndex[j] >= 0) {
                    sites.add(newIndex[j]);
                }
            }
            if (!sites.isEmpty()) {
                sites.sort(null);
                rows.computeIfAbsent(sites, s -> new long[1])[0] += p.weight()[i];
            }
        }
        long[] weight = new long[rows.size()];
        List<List<Integer>> covers = new ArrayList<>();
        for (int k = 0; k < keptSites.length; k++) {
            covers.add(new ArrayList<>());
        }
        int row = 0;
        for (var e : rows.entrySet()) {
            weight[row] = e.getValue()[0];
            for (int k : e.getKey()) {
                covers.get(k).add(row);
            }
            row++;
        }
        return new CoverProblem(
                weight,
                covers.stream()
                        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                        .toArray(int[][]::new),
                pick(p.cost(), keptSites),
                pick(p.capacity(), keptSites),
                pick(p.tieBreak(), keptSites),
                p.budget(),
                p.maxSites(),
                false);
    }

    private static long[] pick(long[] values, int[] indices) {
        long[] out = new long[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = values[indices[k]];
        }
        return out;
    }

    /** A plan over the reduced problem's sites as sites of the original problem. */
    int[] original(int[] chosen) {
        int[] out = new int[chosen.length];
        for (int k = 0; k < chosen.length; k++) {
            out[k] = keptSites[chosen[k]];
        }
        Arrays.sort(out);
        return out;
    }
}
