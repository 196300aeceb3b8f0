package org.sheltergis.siting.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random small instances (up to 15 candidates) checked against brute force over every subset: the exact solver finds
 * the optimum (and among optimal plans the fewest sites, then the most parking demand), greedy never beats it, and no plan breaks the budget, the
 * site count or (when capacitated) a site's capacity.
 */
class SolverBruteForceTest {

    static IntStream seeds() {
        return IntStream.range(0, 120);
    }

    static Stream<Arguments> cases() {
        return seeds().boxed().flatMap(s -> Stream.of(Arguments.of(s, false), Arguments.of(s, true)));
    }

    @ParameterizedTest(name = "seed {0}, capacitated {1}")
    @MethodSource("cases")
    void exactEqualsBruteForceAndGreedyNeverBeatsIt(int seed, boolean capacitated) {
        CoverProblem p = randomProblem(new Random(seed * 7919L + (capacitated ? 1 : 0)), capacitated);

        Best best = bruteForce(p);
        Selection exact = ExactSolver.solve(p, Duration.ofSeconds(20));
        Selection greedy = GreedySolver.solve(p);

        assertThat(exact.status()).isEqualTo("OPTIMAL");
        assertThat(exact.objective()).isEqualTo(best.value);
        assertThat(independentValue(p, exact.chosen())).isEqualTo(exact.objective());
        assertThat(exact.bound()).isEqualTo(best.value);
        assertThat(exact.gap()).isZero();
        // Ties: the fewest sites, then the most parking demand.
        assertThat(exact.chosen().length).isEqualTo(best.sites);
        assertThat(exact.tieBreak()).isEqualTo(best.tieBreak);

        assertThat(greedy.objective()).isLessThanOrEqualTo(exact.objective());
        assertThat(independentValue(p, greedy.chosen())).isEqualTo(greedy.objective());

        for (Selection s : new Selection[] {exact, greedy}) {
            assertWithinLimits(p, s.chosen());
        }
    }

    private static void assertWithinLimits(CoverProblem p, int[] chosen) {
        if (p.budget() != null) {
            assertThat(p.costOf(chosen)).isLessThanOrEqualTo(p.budget());
        }
        if (p.maxSites() != null) {
            assertThat(chosen.length).isLessThanOrEqualTo(p.maxSites());
        }
        assertThat(IntStream.of(chosen).distinct().count()).isEqualTo(chosen.length);
        if (p.capacitated()) {
            long capacity = IntStream.of(chosen).mapToLong(j -> p.capacity()[j]).sum();
            assertThat(p.value(chosen)).isLessThanOrEqualTo(capacity);
        }
    }

    static CoverProblem randomProblem(Random r, boolean capacitated) {
        int sites = 1 + r.nextInt(15);
        int demands = 1 + r.nextInt(30);
        long[] weight = new long[demands];
        for (int i = 0; i < demands; i++) {
            weight[i] = 1 + r.nextInt(100);
        }
        int[][] covers = new int[sites][];
        long[] cost = new long[sites];
        long[] capacity = new long[sites];
        long[] tie = new long[sites];
        boolean ties = r.nextBoolean();
        for (int j = 0; j < sites; j++) {
            double density = 0.05 + r.nextDouble() * 0.3;
            covers[j] = IntStream.range(0, demands)
                    .filter(i -> r.nextDouble() < density)
                    .toArray();
            cost[j] = 1 + r.nextInt(50);
            capacity[j] = 10 + r.nextInt(200);
            tie[j] = ties ? r.nextInt(6) : 0;
        }
        Long budget = null;
        Integer maxSites = null;
        switch (r.nextInt(3)) {
            case 0 -> budget = (long) r.nextInt(120);
            case 1 -> maxSites = 1 + r.nextInt(sites);
            default -> {
                budget = (long) r.nextInt(120);
                maxSites = 1 + r.nextInt(sites);
            }
        }
        return new CoverProblem(weight, covers, cost, capacity, tie, budget, maxSites, capacitated);
    }

    record Best(long value, int sites, long tieBreak) {}

    static Best bruteForce(CoverProblem p) {
        long bestValue = -1;
        int bestSites = 0;
        long bestTie = -1;
        int m = p.sites();
        for (int bits = 0; bits < (1 << m); bits++) {
            final int mask = bits;
            int[] chosen =
                    IntStream.range(0, m).filter(j -> (mask & (1 << j)) != 0).toArray();
            if (!p.feasible(chosen)) {
                continue;
            }
            long v = independentValue(p, chosen);
            long t = p.tieBreakOf(chosen);
            boolean better = v > bestValue
                    || v == bestValue && (chosen.length < bestSites || chosen.length == bestSites && t > bestTie);
            if (better) {
                bestValue = v;
                bestSites = chosen.length;
                bestTie = t;
            }
        }
        return new Best(bestValue, bestSites, bestTie);
    }

    /** Coverage computed apart from the production code: a union, or Ford–Fulkerson on a dense matrix. */
    static long independentValue(CoverProblem p, int[] chosen) {
        int n = p.demands();
        if (!p.capacitated()) {
            long sum = 0;
            for (int i = 0; i < n; i++) {
                final int d = i;
                boolean hit = IntStream.of(chosen)
                        .anyMatch(j -> IntStream.of(p.covers()[j]).anyMatch(x -> x == d));
                sum += hit ? p.weight()[i] : 0;
            }
            return sum;
        }
        int k = chosen.length;
        int nodes = n + k + 2;
        int s = n + k;
        int t = s + 1;
        long[][] c = new long[nodes][nodes];
        for (int i = 0; i < n; i++) {
            c[s][i] = p.weight()[i];
        }
        for (int a = 0; a < k; a++) {
            c[n + a][t] = p.capacity()[chosen[a]];
            for (int i : p.covers()[chosen[a]]) {
                c[i][n + a] = Long.MAX_VALUE / 4;
            }
        }
        long flow = 0;
        while (true) {
            long pushed = augment(c, s, t, new boolean[nodes], Long.MAX_VALUE);
            if (pushed == 0) {
                return flow;
            }
            flow += pushed;
        }
    }

    private static long augment(long[][] c, int u, int t, boolean[] seen, long limit) {
        if (u == t) {
            return limit;
        }
        seen[u] = true;
        for (int v = 0; v < c.length; v++) {
            if (!seen[v] && c[u][v] > 0) {
                long d = augment(c, v, t, seen, Math.min(limit, c[u][v]));
                if (d > 0) {
                    c[u][v] -= d;
                    c[v][u] += d;
                    return d;
                }
            }
        }
        return 0;
    }
}
