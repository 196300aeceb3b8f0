package org.sheltergis.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.planning.CoverageParameters.WhatIfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the control-plan coverage analysis. The work is done by PostGIS in {@code analysis.compute_coverage} (set-based
 * SQL over indexed EPSG:4549 geometry); this class checks the parameters, stores the run with its hypothetical works
 * and calls the function, all in one transaction with a deadline. The register is only read.
 */
@Service
public class CoverageAnalysis {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CoverageProperties settings;

    CoverageAnalysis(JdbcClient jdbc, TransactionTemplate transactions, CoverageProperties settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
    }

    public CoverageProperties settings() {
        return settings;
    }

    /** Computes and stores a run; returns its id. Unknown unit codes or an impossible distance mode are a 400. */
    public long run(CoverageParameters p) {
        List<String> unknown = jdbc.sql(SqlFiles.load("planning/unknown_units.sql"))
                .param("codes", p.units().toArray(String[]::new))
                .query(String.class)
                .list();
        if (!unknown.isEmpty()) {
            throw new BadRequestException("units", "unknown plan unit(s): " + String.join(", ", unknown));
        }
        String mode = distanceMode(p.distance());
        Long id = transactions.execute(status -> {
            jdbc.sql(SqlFiles.load("planning/statement_timeout.sql"))
                    .param("timeout", Long.toString(settings.statementTimeout().toMillis()))
                    .query(String.class)
                    .single();
            long run = jdbc.sql(SqlFiles.load("planning/insert_run.sql"))
                    .param("label", p.label())
                    .param("radius", p.radiusM())
                    .param("share", p.stayingShare())
                    .param("m2", p.m2PerPerson())
                    .param("basis", p.populationBasis())
                    .param("mode", mode)
                    .param("units", p.units().isEmpty() ? null : p.units().toArray(String[]::new))
                    .param("base", p.baseRun())
                    .query(Long.class)
                    .single();
            int no = 1;
            for (WhatIfWork w : p.whatIf()) {
                jdbc.sql(SqlFiles.load("planning/insert_whatif.sql"))
                        .param("run", run)
                        .param("no", no++)
                        .param("name", w.name())
                        .param("area", w.shelteringArea())
                        .param("geometry", w.geometryJson())
                        .update();
            }
            jdbc.sql(SqlFiles.load("planning/compute.sql"))
                    .param("run", run)
                    .query(String.class)
                    .optional();
            return run;
        });
        return id;
    }

    /**
     * A what-if run: the parameters and hypothetical works of {@code base} plus {@code added} works. The base run is
     * left as it is, so the two can be compared.
     */
    public long whatIf(long base, List<WhatIfWork> added) {
        CoverageParameters p = parametersOf(base);
        List<WhatIfWork> works = new ArrayList<>(p.whatIf());
        works.addAll(added);
        if (works.size() > settings.maxWhatIfWorks()) {
            throw new BadRequestException(
                    "works", "at most " + settings.maxWhatIfWorks() + " hypothetical works per run");
        }
        return run(p.withWhatIf(works, base));
    }

    /** The parameters a stored run was computed with (its distance mode as resolved then). */
    public CoverageParameters parametersOf(long run) {
        List<WhatIfWork> works = jdbc.sql(SqlFiles.load("planning/whatif_of_run.sql"))
                .param("run", run)
                .query((rs, n) -> new WhatIfWork(rs.getString(1), rs.getDouble(2), rs.getString(3)))
                .list();
        return jdbc.sql(SqlFiles.load("planning/run_parameters.sql"))
                .param("run", run)
                .query((rs, n) -> {
                    java.sql.Array units = rs.getArray("unit_codes");
                    return new CoverageParameters(
                            rs.getDouble("radius_m"),
                            rs.getDouble("staying_share"),
                            rs.getDouble("m2_per_person"),
                            rs.getString("population_basis"),
                            rs.getString("distance_mode"),
                            units == null ? List.of() : Arrays.asList((String[]) units.getArray()),
                            works,
                            null,
                            rs.getString("label"));
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("There is no coverage run " + run + "."));
    }

    private String distanceMode(String requested) {
        boolean roads = jdbc.sql(SqlFiles.load("planning/roads_loaded.sql"))
                .query(Boolean.class)
                .single();
        return switch (requested) {
            case "euclidean" -> "euclidean";
            case "network" -> {
                if (!roads) {
                    throw new BadRequestException(
                            "distance", "network distance needs a road layer (core.roads is empty)");
                }
                yield "network";
            }
            default -> roads ? "network" : "euclidean";
        };
    }
}
