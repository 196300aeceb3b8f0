package org.sheltergis.siting.solving;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Maximal covering solved exactly with OR-Tools CP-SAT. Uncapacitated: a site variable x_j and a covered variable
 * y_i ≤ Σ x_j over the sites covering i. Capacitated: an assignment z_ij ≤ w_i·x_j with Σ_j z_ij ≤ w_i and
 * Σ_i z_ij ≤ cap_j·x_j. The greedy plan seeds the search as a hint, so a time-out still returns at least greedy's
 * plan. Ties are broken lexicographically: once coverage is proven optimal, a second solve looks among plans with
 * that coverage for the fewest sites, then the most parking demand (peacetime benefit).
 */
final class ExactSolver {

    private static volatile boolean loaded;

    private ExactSolver() {}

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    static Selection solve(CoverProblem p, Duration limit) {
        load();
        long start = System.nanoTime();
        Selection greedy = GreedySolver.solve(p);
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[p.sites()];
        for (int j = 0; j < x.length; j++) {
            x[j] = model.newBoolVar("x" + j);
        }
        if (p.budget() != null) {
            model.addLessOrEqual(LinearExpr.weightedSum(x, p.cost()), p.budget());
        }
        if (p.maxSites() != null) {
            model.addLessOrEqual(LinearExpr.sum(x), p.maxSites());
        }
        LinearExpr covered = p.capacitated() ? capacitated(model, p, x) : uncapacitated(model, p, x);
        model.maximize(covered);
        hint(model, x, greedy.chosen());

        CpSolver solver = solver(limit.toMillis() / 1000.0);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            if (status != CpSolverStatus.UNKNOWN) {
                throw new IllegalStateException("CP-SAT answered " + status);
            }
            // No solution within the limit: fall back to the greedy plan, with whatever bound was proven.
            long bound = Math.max(greedy.objective(), (long) Math.floor(solver.bestObjectiveBound() + 1e-6));
            return result(p, "FEASIBLE", greedy.chosen(), bound, start);
        }
        int[] chosen = chosen(solver, x);
        long objective = p.value(chosen);
        long bound = Math.max(objective, (long) Math.floor(solver.bestObjectiveBound() + 1e-6));
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        if (optimal) {
            chosen = secondary(p, model, x, covered, objective, prune(p, chosen), limit, start);
        }
        return result(p, optimal ? "OPTIMAL" : "FEASIBLE", chosen, optimal ? objective : bound, start);
    }

    /**
     * Among plans with the optimal coverage: fewest sites first (a site that adds nobody is money wasted), then the
     * most parking demand. One objective does both: each site weighs its parking demand less (total parking + 1).
     */
    private static int[] secondary(
            CoverProblem p,
            CpModel model,
            BoolVar[] x,
            LinearExpr covered,
            long objective,
            int[] chosen,
            Duration limit,
            long start) {
        double left = limit.toMillis() / 1000.0 - (System.nanoTime() - start) / 1e9;
        if (left <= 0.05 || chosen.length <= 1 && !hasTieBreak(p)) {
            return chosen;
        }
        long total = 0;
        for (long t : p.tieBreak()) {
            total += t;
        }
        long[] weights = new long[x.length];
        for (int j = 0; j < x.length; j++) {
            weights[j] = p.tieBreak()[j] - (total + 1);
        }
        model.addGreaterOrEqual(covered, objective);
        model.clearObjective();
        model.maximize(LinearExpr.weightedSum(x, weights));
        model.clearHints();
        hint(model, x, chosen);
        CpSolver second = solver(left);
        CpSolverStatus status = second.solve(model);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            int[] better = prune(p, chosen(second, x));
            if (p.value(better) == objective
                    && (better.length < chosen.length
                            || better.length == chosen.length && p.tieBreakOf(better) > p.tieBreakOf(chosen))) {
                return better;
            }
        }
        return chosen;
    }

    private static Selection result(CoverProblem p, String status, int[] chosen, long bound, long start) {
        chosen = prune(p, chosen);
        long objective = p.value(chosen);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Selection(
                "exact",
                status,
                chosen,
                objective,
                bound,
                Selection.gap(objective, bound),
                p.tieBreakOf(chosen),
                millis);
    }

    /**
     * Drops sites that add nothing (the coverage model is indifferent to them, a planner is not: they cost money).
     */
    private static int[] prune(CoverProblem p, int[] chosen) {
        List<Integer> kept = new ArrayList<>();
        for (int j : chosen) {
            kept.add(j);
        }
        long value = p.value(chosen);
        for (int j : chosen) {
            kept.remove(Integer.valueOf(j));
            if (p.value(kept.stream().mapToInt(Integer::intValue).toArray()) != value) {
                kept.add(j);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static CpSolver solver(double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(2);
        return solver;
    }

    private static LinearExpr uncapacitated(CpModel model, CoverProblem p, BoolVar[] x) {
        int[][] by = p.coveredBy();
        BoolVar[] y = new BoolVar[p.demands()];
        for (int i = 0; i < y.length; i++) {
            y[i] = model.newBoolVar("y" + i);
            LinearArgument[] sites = new LinearArgument[by[i].length];
            for (int k = 0; k < sites.length; k++) {
                sites[k] = x[by[i][k]];
            }
            model.addLessOrEqual(y[i], LinearExpr.sum(sites));
        }
        return LinearExpr.weightedSum(y, p.weight());
    }

    private static LinearExpr capacitated(CpModel model, CoverProblem p, BoolVar[] x) {
        List<List<IntVar>> byDemand = new ArrayList<>();
        for (int i = 0; i < p.demands(); i++) {
            byDemand.add(new ArrayList<>());
        }
        List<IntVar> all = new ArrayList<>();
        for (int j = 0; j < p.sites(); j++) {
            int[] covers = p.covers()[j];
            IntVar[] z = new IntVar[covers.length];
            long reach = 0;
            for (int k = 0; k < covers.length; k++) {
                int i = covers[k];
                z[k] = model.newIntVar(0, p.weight()[i], "z" + i + "_" + j);
                model.addLessOrEqual(z[k], LinearExpr.term(x[j], p.weight()[i]));
                byDemand.get(i).add(z[k]);
                all.add(z[k]);
                reach += p.weight()[i];
            }
            model.addLessOrEqual(LinearExpr.sum(z), LinearExpr.term(x[j], Math.min(reach, p.capacity()[j])));
        }
        for (int i = 0; i < p.demands(); i++) {
            List<IntVar> z = byDemand.get(i);
            if (z.size() > 1) {
                model.addLessOrEqual(LinearExpr.sum(z.toArray(new IntVar[0])), p.weight()[i]);
            }
        }
        return LinearExpr.sum(all.toArray(new IntVar[0]));
    }

    private static void hint(CpModel model, BoolVar[] x, int[] chosen) {
        boolean[] on = new boolean[x.length];
        for (int j : chosen) {
            on[j] = true;
        }
        for (int j = 0; j < x.length; j++) {
            model.addHint(x[j], on[j]);
        }
    }

    private static int[] chosen(CpSolver solver, BoolVar[] x) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            if (solver.booleanValue(x[j])) {
                out.add(j);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean hasTieBreak(CoverProblem p) {
        for (long t : p.tieBreak()) {
            if (t != 0) {
                return true;
            }
        }
        return false;
    }
}
