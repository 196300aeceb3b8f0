package org.sheltergis.siting.solving;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The covering model as a mixed-integer program for a branch-and-cut solver of OR-Tools (SCIP by default, ADR 0019):
 * binary sites x_j and continuous coverage. Uncapacitated, the LP-strong form y_i ≤ Σ x_j with 0 ≤ y_i ≤ 1 (at an
 * integral x the best y is integral). Capacitated, an assignment 0 ≤ z_ij ≤ w_i·x_j with Σ_j z_ij ≤ w_i and
 * Σ_i z_ij ≤ min(cap_j, reach_j)·x_j: at an integral x it is a bipartite max flow, whose optimum is integral.
 * Weights are whole persons, so the objective is integral and the solve stops once the bound is less than one person
 * above the best plan: that plan is then proven optimal.
 */
final class MipCover {

    /** A plan the solver found (sites, in the problem's indices), and the proven bound of the objective it solved. */
    record Outcome(boolean optimal, int[] chosen, double bound) {}

    private final MPSolver solver;
    private final MPVariable[] x;
    private final MPObjective objective;
    private final List<MPVariable> coverage = new ArrayList<>();
    private final List<Long> coverageWeight = new ArrayList<>();

    private MipCover(CoverProblem p, String backend) {
        solver = MPSolver.createSolver(backend);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no MIP solver '" + backend + "' in this build");
        }
        solver.suppressOutput();
        x = new MPVariable[p.sites()];
        for (int j = 0; j < x.length; j++) {
            x[j] = solver.makeBoolVar("x" + j);
        }
        if (p.budget() != null) {
            MPConstraint budget = solver.makeConstraint(Double.NEGATIVE_INFINITY, p.budget(), "budget");
            for (int j = 0; j < x.length; j++) {
                budget.setCoefficient(x[j], p.cost()[j]);
            }
        }
        if (p.maxSites() != null) {
            MPConstraint count = solver.makeConstraint(Double.NEGATIVE_INFINITY, p.maxSites(), "sites");
            for (MPVariable v : x) {
                count.setCoefficient(v, 1);
            }
        }
        if (p.capacitated()) {
            capacitated(p);
        } else {
            uncapacitated(p);
        }
        objective = solver.objective();
    }

    static MipCover of(CoverProblem p, String backend) {
        return new MipCover(p, backend);
    }

    private void uncapacitated(CoverProblem p) {
        int[][] by = p.coveredBy();
        for (int i = 0; i < by.length; i++) {
            MPVariable y = solver.makeNumVar(0, 1, "y" + i);
            MPConstraint reach = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "c" + i);
            reach.setCoefficient(y, 1);
            for (int j : by[i]) {
                reach.setCoefficient(x[j], -1);
            }
            coverage.add(y);
            coverageWeight.add(p.weight()[i]);
        }
    }

    private void capacitated(CoverProblem p) {
        List<List<MPVariable>> byDemand = new ArrayList<>();
        for (int i = 0; i < p.demands(); i++) {
            byDemand.add(new ArrayList<>());
        }
        for (int j = 0; j < p.sites(); j++) {
            int[] covers = p.covers()[j];
            long reach = 0;
            MPConstraint cap = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "cap" + j);
            for (int i : covers) {
                long w = p.weight()[i];
                MPVariable z = solver.makeNumVar(0, w, "z" + i + "_" + j);
                MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "l" + i + "_" + j);
                link.setCoefficient(z, 1);
                link.setCoefficient(x[j], -w);
                cap.setCoefficient(z, 1);
                byDemand.get(i).add(z);
                coverage.add(z);
                coverageWeight.add(1L);
                reach += w;
            }
            cap.setCoefficient(x[j], -Math.min(reach, p.capacity()[j]));
        }
        for (int i = 0; i < p.demands(); i++) {
            if (byDemand.get(i).size() > 1) {
                MPConstraint once = solver.makeConstraint(Double.NEGATIVE_INFINITY, p.weight()[i], "d" + i);
                for (MPVariable z : byDemand.get(i)) {
                    once.setCoefficient(z, 1);
                }
            }
        }
    }

    /** Maximises the covered population. */
    Outcome maximiseCoverage(int[] hint, double seconds) {
        objective.clear();
        for (int k = 0; k < coverage.size(); k++) {
            objective.setCoefficient(coverage.get(k), coverageWeight.get(k));
        }
        objective.setMaximization();
        return solve(hint, seconds);
    }

    /**
     * Coverage first, then the fewest sites, then the most parking demand, in one objective: B·covered − Σ_j s_j·x_j
     * with s_j = (all parking demand + 1) − parking_j and B = Σ_j s_j + 1, so no saving on sites outweighs one person.
     * Only for problems where B·(all demand) stays far inside the solver's exact range (see {@link #scale}).
     */
    Outcome maximiseLexicographic(CoverProblem p, long scale, int[] hint, double seconds) {
        objective.clear();
        for (int k = 0; k < coverage.size(); k++) {
            objective.setCoefficient(coverage.get(k), (double) coverageWeight.get(k) * scale);
        }
        long[] site = siteWeights(p);
        for (int j = 0; j < x.length; j++) {
            objective.setCoefficient(x[j], -site[j]);
        }
        objective.setMaximization();
        return solve(hint, seconds);
    }

    /**
     * The factor B of the one-objective form, or 0 when B·(all demand) would exceed 10^9: beyond that the solver's
     * tolerances (about 10^-9 relative) come near one unit, and the two-stage solve is used instead.
     */
    static long scale(CoverProblem p) {
        long b = 1;
        for (long s : siteWeights(p)) {
            b += s;
        }
        long demand = 0;
        for (long w : p.weight()) {
            demand += w;
        }
        return (double) b * demand <= 1e9 ? b : 0;
    }

    private static long[] siteWeights(CoverProblem p) {
        long total = 0;
        for (long t : p.tieBreak()) {
            total += t;
        }
        long[] out = new long[p.sites()];
        for (int j = 0; j < out.length; j++) {
            out[j] = total + 1 - p.tieBreak()[j];
        }
        return out;
    }

    /**
     * Among plans covering at least {@code covered}: the fewest sites, then the most parking demand — one objective,
     * each site costing more than all parking demand together.
     */
    Outcome fewestSites(CoverProblem p, long covered, int[] hint, double seconds) {
        MPConstraint keep = solver.makeConstraint(covered - 0.5, Double.POSITIVE_INFINITY, "keep");
        for (int k = 0; k < coverage.size(); k++) {
            keep.setCoefficient(coverage.get(k), coverageWeight.get(k));
        }
        long[] site = siteWeights(p);
        objective.clear();
        for (int j = 0; j < x.length; j++) {
            objective.setCoefficient(x[j], site[j]);
        }
        objective.setMinimization();
        return solve(hint, seconds);
    }

    private Outcome solve(int[] hint, double seconds) {
        boolean[] on = new boolean[x.length];
        for (int j : hint) {
            on[j] = true;
        }
        double[] values = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            values[j] = on[j] ? 1 : 0;
        }
        solver.setHint(x, values);
        solver.setTimeLimit(Math.max(10, (long) (seconds * 1000)));
        // Integral objective: a bound within one unit of the plan proves it (SCIP's absolute gap; relative gap 0).
        // No cutting planes: the covering LP is strong already, and on the São José dos Campos instances the cut
        // rounds took half of SCIP's time without closing a node (ADR 0019).
        if (solver.problemType() == MPSolver.OptimizationProblemType.SCIP_MIXED_INTEGER_PROGRAMMING) {
            solver.setSolverSpecificParametersAsString(
                    "limits/absgap = 0.999\nseparating/maxroundsroot = 0\nseparating/maxrounds = 0\n");
        }
        MPSolverParameters params = new MPSolverParameters();
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        MPSolver.ResultStatus status = solver.solve(params);
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return new Outcome(false, null, objective.bestBound());
        }
        List<Integer> chosen = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            if (x[j].solutionValue() > 0.5) {
                chosen.add(j);
            }
        }
        return new Outcome(
                status == MPSolver.ResultStatus.OPTIMAL,
                chosen.stream().mapToInt(Integer::intValue).toArray(),
                objective.bestBound());
    }

    void release() {
        solver.delete();
    }
}
