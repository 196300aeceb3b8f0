package org.sheltergis.siting.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dropping dominated candidates keeps the lexicographic optimum (coverage, fewest sites, most parking demand): brute
 * force over the reduced problem gives the same best as over the original, and the reduction really drops sites.
 */
class CoverReductionTest {

    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reducedProblemHasTheSameOptimum(int seed) {
        CoverProblem p = SolverBruteForceTest.randomProblem(new Random(seed * 104729L + 3), false);
        CoverReduction r = CoverReduction.of(p);

        SolverBruteForceTest.Best original = SolverBruteForceTest.bruteForce(p);
        SolverBruteForceTest.Best reduced = SolverBruteForceTest.bruteForce(r.reduced());

        assertThat(reduced).isEqualTo(original);
        assertThat(r.reduced().sites()).isLessThanOrEqualTo(p.sites());
    }

    @Test
    void dropsACandidateCoveringASubsetAtNoMoreCostAndKeepsOneOfTwoTwins() {
        // Site 1 covers a subset of site 0 at the same cost; sites 2 and 3 are twins; site 4 covers nothing.
        int[][] covers = {{0, 1, 2}, {1, 2}, {3, 4}, {3, 4}, {}};
        long[] weight = {5, 3, 2, 7, 1};
        long[] zero = new long[5];
        CoverProblem p = new CoverProblem(weight, covers, new long[] {10, 10, 4, 4, 1}, zero, zero, null, 2, false);

        CoverReduction r = CoverReduction.of(p);

        assertThat(r.keptSites()).containsExactly(0, 2);
        assertThat(r.reduced().demands()).isEqualTo(2); // rows covered by the same kept site are merged
        Selection s = ExactSolver.solve(p, Duration.ofSeconds(10));
        assertThat(s.chosen()).containsExactly(0, 2);
        assertThat(s.objective()).isEqualTo(18);
        assertThat(s.status()).isEqualTo("OPTIMAL");
    }

    @Test
    void aCheaperSubsetIsKeptWhenABudgetMightNeedIt() {
        int[][] covers = {{0, 1}, {1}};
        CoverProblem p = new CoverProblem(
                new long[] {4, 6}, covers, new long[] {10, 3}, new long[2], new long[2], 5L, null, false);

        assertThat(CoverReduction.of(p).keptSites()).containsExactly(0, 1);
        assertThat(ExactSolver.solve(p, Duration.ofSeconds(10)).chosen()).containsExactly(1);
    }
}
