package org.sheltergis.sample;

/**
 * What {@link SampleGenerator#generate} wrote.
 *
 * @param coverageShare share of the population living within 200 m of an entrance of a public shelter in
 *                      service, as the generator estimated it on the 100 m grid (straight-line distance)
 */
public record SampleSummary(
        long seed,
        int scale,
        int campaignYear,
        int districts,
        int works,
        long entrances,
        long parking,
        long signage,
        long populationCells,
        long totalPopulation,
        long planUnits,
        long candidateSites,
        long hazards,
        int receipts,
        int allocations,
        long pois,
        double coverageShare,
        long millis) {}
