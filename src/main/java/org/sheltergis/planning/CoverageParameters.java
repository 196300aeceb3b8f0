package org.sheltergis.planning;

import java.util.List;

/**
 * What a coverage run is computed with.
 *
 * @param radiusM          service radius of a shelter entrance, metres
 * @param stayingShare     share of the population that stays in the city (0..1)
 * @param m2PerPerson      sheltering area needed per staying person, m²
 * @param populationBasis  {@code cells} (residents counted on the population cells in the unit) or {@code planned}
 *                         (the unit's planned population) as the base of the staying population
 * @param distance         {@code auto} (network when core.roads holds edges), {@code euclidean} or {@code network}
 * @param units            plan unit codes to analyse; empty = every unit
 * @param whatIf           hypothetical works added to this run only
 * @param baseRun          the run this one is derived from (what-if), or null
 */
public record CoverageParameters(
        double radiusM,
        double stayingShare,
        double m2PerPerson,
        String populationBasis,
        String distance,
        List<String> units,
        List<WhatIfWork> whatIf,
        Long baseRun,
        String label) {

    public CoverageParameters {
        units = units == null ? List.of() : List.copyOf(units);
        whatIf = whatIf == null ? List.of() : List.copyOf(whatIf);
    }

    /** The defaults: radius 200 m, 40 % staying, 1.0 m² per person, cell population, automatic distance. */
    public static CoverageParameters defaults(CoverageProperties p) {
        return new CoverageParameters(
                p.radiusM(), p.stayingShare(), p.m2PerPerson(), "cells", "auto", List.of(), List.of(), null, null);
    }

    public CoverageParameters withWhatIf(List<WhatIfWork> works, long base) {
        return new CoverageParameters(
                radiusM, stayingShare, m2PerPerson, populationBasis, distance, units, works, base, label);
    }

    /** A hypothetical work: a point or polygon (GeoJSON, lon/lat) with a sheltering area in m². */
    public record WhatIfWork(String name, double shelteringArea, String geometryJson) {}
}
