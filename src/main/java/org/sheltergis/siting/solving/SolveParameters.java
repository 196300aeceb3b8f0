package org.sheltergis.siting.solving;

import java.time.Duration;
import java.util.Locale;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.siting.SitingProperties;
import tools.jackson.databind.JsonNode;

/**
 * The parameters every solve shares, read from the request with the settings as defaults. {@code budgetFromLedger}
 * means "the ledger balance" (register runs only); a null budget with it false means no budget limit.
 */
public record SolveParameters(
        double radiusM,
        Double budget,
        boolean budgetFromLedger,
        Integer maxSites,
        boolean capacitated,
        String solver,
        Duration timeLimit,
        boolean tieBreak) {

    static final int MAX_RADIUS_M = 5000;

    public static SolveParameters read(SolveFields body, SitingProperties settings, boolean register) {
        Double radius = body.radiusM();
        double radiusM = radius == null ? settings.radiusM() : radius;
        if (radiusM <= 0 || radiusM > MAX_RADIUS_M) {
            throw new BadRequestException("radius_m", "radius_m must be more than 0 and at most " + MAX_RADIUS_M);
        }
        Double budget = null;
        boolean fromLedger = false;
        JsonNode b = body.budget();
        if (b != null && b.isString()) {
            String word = b.stringValue().toLowerCase(Locale.ROOT);
            if (!register || !(word.equals("ledger") || word.equals("none"))) {
                throw new BadRequestException(
                        "budget",
                        register
                                ? "budget must be a number of yuan, \"ledger\" or \"none\""
                                : "budget must be a number of yuan (the ledger applies to register runs only)");
            }
            fromLedger = word.equals("ledger");
        } else if (b != null && !b.isNull()) {
            if (!b.isNumber() || !Double.isFinite(b.doubleValue())) {
                throw new BadRequestException("budget", "budget must be a number");
            }
            budget = b.doubleValue();
        } else {
            fromLedger = register && b == null;
        }
        if (budget != null && budget < 0) {
            throw new BadRequestException("budget", "budget must not be negative");
        }
        Integer maxSites = body.maxSites();
        if (maxSites != null && maxSites < 1) {
            throw new BadRequestException("max_sites", "max_sites must be at least 1");
        }
        if (budget == null && !fromLedger && maxSites == null) {
            throw new BadRequestException("budget", "give a budget, a number of sites (max_sites) or both");
        }
        Boolean capacitated = body.capacitated();
        String solver = body.solver();
        solver = solver == null ? "exact" : solver.toLowerCase(Locale.ROOT);
        if (!solver.equals("exact") && !solver.equals("greedy")) {
            throw new BadRequestException("solver", "solver must be \"greedy\" or \"exact\"");
        }
        Double seconds = body.timeLimitS();
        Duration limit = settings.timeLimit();
        if (seconds != null) {
            if (seconds <= 0 || seconds * 1000 > settings.maxTimeLimit().toMillis()) {
                throw new BadRequestException(
                        "time_limit_s",
                        "time_limit_s must be more than 0 and at most "
                                + settings.maxTimeLimit().toSeconds());
            }
            limit = Duration.ofMillis(Math.round(seconds * 1000));
        }
        Boolean tie = body.tieBreak();
        return new SolveParameters(
                radiusM,
                budget,
                fromLedger,
                maxSites,
                Boolean.TRUE.equals(capacitated),
                solver,
                limit,
                tie == null || tie);
    }

    public Selection solve(CoverProblem p) {
        return solver.equals("greedy") ? GreedySolver.solve(p) : ExactSolver.solve(p, timeLimit);
    }

    /** Budgets and costs are whole yuan in the model. */
    public static Long yuan(Double amount) {
        return amount == null ? null : (long) Math.floor(amount + 1e-6);
    }
}
