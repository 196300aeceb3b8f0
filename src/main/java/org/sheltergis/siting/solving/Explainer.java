package org.sheltergis.siting.solving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a plan is what it is: the chosen sites in the order of their marginal gains (each step takes the site that adds
 * the most to those before it, so the gains add up to the plan's coverage), and the best site left out with what it
 * would have added on top of the plan.
 */
final class Explainer {

    private Explainer() {}

    record Step(int site, int rank, long gain, long cumulative) {}

    record NextBest(int site, long gain, boolean fitsBudget, boolean fitsSiteCount) {}

    record Explanation(List<Step> steps, NextBest nextBest) {}

    static Explanation explain(CoverProblem p, int[] chosen) {
        List<Step> steps = new ArrayList<>();
        List<Integer> left = new ArrayList<>(Arrays.stream(chosen).boxed().toList());
        int[] so = new int[0];
        long value = 0;
        while (!left.isEmpty()) {
            int bestSite = -1;
            long bestGain = -1;
            for (int j : left) {
                long g = p.value(plus(so, j)) - value;
                if (g > bestGain || (g == bestGain && p.tieBreak()[j] > p.tieBreak()[bestSite])) {
                    bestGain = g;
                    bestSite = j;
                }
            }
            so = plus(so, bestSite);
            value += bestGain;
            left.remove(Integer.valueOf(bestSite));
            steps.add(new Step(bestSite, steps.size() + 1, bestGain, value));
        }
        return new Explanation(steps, nextBest(p, chosen, value));
    }

    private static NextBest nextBest(CoverProblem p, int[] chosen, long value) {
        boolean[] in = new boolean[p.sites()];
        for (int j : chosen) {
            in[j] = true;
        }
        long spent = p.costOf(chosen);
        NextBest best = null;
        for (int j = 0; j < p.sites(); j++) {
            if (in[j]) {
                continue;
            }
            long g = p.value(plus(chosen, j)) - value;
            if (best == null || g > best.gain() || (g == best.gain() && p.tieBreak()[j] > p.tieBreak()[best.site()])) {
                best = new NextBest(
                        j,
                        g,
                        p.budget() == null || spent + p.cost()[j] <= p.budget(),
                        p.maxSites() == null || chosen.length < p.maxSites());
            }
        }
        return best;
    }

    private static int[] plus(int[] set, int j) {
        int[] out = Arrays.copyOf(set, set.length + 1);
        out[set.length] = j;
        return out;
    }
}
