package org.sheltergis.siting.solving;

/**
 * What a solver chose. {@code bound} is a proven upper bound on the covered population (null when the solver proves
 * none, as greedy); {@code gap} = (bound − objective) / bound.
 */
public record Selection(
        String solver,
        String status,
        int[] chosen,
        long objective,
        Long bound,
        Double gap,
        long tieBreak,
        long millis) {

    static Double gap(long objective, Long bound) {
        if (bound == null) {
            return null;
        }
        return bound <= 0 ? 0.0 : Math.max(0.0, (bound - objective) / (double) bound);
    }
}
