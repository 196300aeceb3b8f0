package org.sheltergis.siting.solving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Greedy maximal covering with lazy gain updates (CELF): a site's gain can only shrink as others are chosen, so a
 * stale gain is an upper bound and only the site at the top of the queue needs re-evaluating. Under a budget it runs
 * twice — by gain and by gain per yuan — and keeps the better plan, the usual guard against one costly site
 * crowding out several cheap ones.
 */
final class GreedySolver {

    private GreedySolver() {}

    static Selection solve(CoverProblem p) {
        long start = System.nanoTime();
        int[] best = run(p, false);
        if (p.budget() != null) {
            int[] byRatio = run(p, true);
            if (better(p, byRatio, best)) {
                best = byRatio;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Selection("greedy", "FEASIBLE", best, p.value(best), null, null, p.tieBreakOf(best), millis);
    }

    private static boolean better(CoverProblem p, int[] a, int[] b) {
        long va = p.value(a);
        long vb = p.value(b);
        return va != vb ? va > vb : p.tieBreakOf(a) > p.tieBreakOf(b);
    }

    private record Entry(int site, long gain, double key, int round) {}

    private static int[] run(CoverProblem p, boolean perYuan) {
        Marginal marginal = p.capacitated() ? new FlowMarginal(p) : new UnionMarginal(p);
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(b.key, a.key);
            if (c != 0) {
                return c;
            }
            c = Long.compare(p.tieBreak()[b.site], p.tieBreak()[a.site]);
            return c != 0 ? c : Integer.compare(a.site, b.site);
        });
        long left = p.budget() == null ? Long.MAX_VALUE : p.budget();
        for (int j = 0; j < p.sites(); j++) {
            if (p.cost()[j] <= left) {
                long g = marginal.gain(j);
                queue.add(new Entry(j, g, key(p, j, g, perYuan), 0));
            }
        }
        List<Integer> chosen = new ArrayList<>();
        int round = 0;
        int limit = p.maxSites() == null ? Integer.MAX_VALUE : p.maxSites();
        while (!queue.isEmpty() && chosen.size() < limit) {
            Entry top = queue.poll();
            if (p.cost()[top.site] > left) {
                continue; // the budget only shrinks: this site will never fit again
            }
            if (top.round != round) {
                long g = marginal.gain(top.site);
                queue.add(new Entry(top.site, g, key(p, top.site, g, perYuan), round));
                continue;
            }
            if (top.gain <= 0) {
                break;
            }
            chosen.add(top.site);
            marginal.add(top.site);
            left -= p.cost()[top.site];
            round++;
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double key(CoverProblem p, int j, long gain, boolean perYuan) {
        return perYuan ? gain / (double) Math.max(1, p.cost()[j]) : gain;
    }

    /** The population a site would add to those already chosen. */
    interface Marginal {
        long gain(int site);

        void add(int site);
    }

    private static final class UnionMarginal implements Marginal {
        private final CoverProblem p;
        private final boolean[] covered;

        UnionMarginal(CoverProblem p) {
            this.p = p;
            this.covered = new boolean[p.demands()];
        }

        public long gain(int site) {
            long g = 0;
            for (int i : p.covers()[site]) {
                if (!covered[i]) {
                    g += p.weight()[i];
                }
            }
            return g;
        }

        public void add(int site) {
            for (int i : p.covers()[site]) {
                covered[i] = true;
            }
        }
    }

    /** With capacities the gain is a difference of max flows; flows are small (sites near one another). */
    private static final class FlowMarginal implements Marginal {
        private final CoverProblem p;
        private int[] chosen = new int[0];
        private long value;

        FlowMarginal(CoverProblem p) {
            this.p = p;
        }

        public long gain(int site) {
            int[] with = Arrays.copyOf(chosen, chosen.length + 1);
            with[chosen.length] = site;
            return p.value(with) - value;
        }

        public void add(int site) {
            chosen = Arrays.copyOf(chosen, chosen.length + 1);
            chosen[chosen.length - 1] = site;
            value = p.value(chosen);
        }
    }
}
