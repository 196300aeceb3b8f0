package org.sheltergis.planning;

import java.util.List;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stored runs; every document is assembled as JSON / GeoJSON by PostGIS. */
@Component
class CoverageResults {

    private final JdbcClient jdbc;

    CoverageResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole run: header, totals, units and uncovered areas (GeoJSON) and its hypothetical works. */
    String run(long run) {
        String header = header(run);
        return "{\"run\":" + header
                + ",\"totals\":" + text("planning/run_totals.sql", run)
                + ",\"units\":" + unitsGeoJson(run)
                + ",\"uncovered\":" + uncoveredGeoJson(run)
                + ",\"whatIf\":" + text("planning/run_whatif.sql", run) + "}";
    }

    String header(long run) {
        return jdbc.sql(SqlFiles.load("planning/run_header.sql"))
                .param("run", run)
                .query(String.class)
                .optional()
                .orElseThrow(() -> missing(run));
    }

    String list(int limit) {
        return jdbc.sql(SqlFiles.load("planning/runs.sql"))
                .param("limit", limit)
                .query(String.class)
                .single();
    }

    String unitsGeoJson(long run) {
        requireRun(run);
        return text("planning/run_units.sql", run);
    }

    String uncoveredGeoJson(long run) {
        requireRun(run);
        return text("planning/run_uncovered.sql", run);
    }

    String supplyGeoJson(long run) {
        requireRun(run);
        return text("planning/run_supply.sql", run);
    }

    String compare(long a, long b) {
        requireRun(a);
        requireRun(b);
        return jdbc.sql(SqlFiles.load("planning/compare.sql"))
                .param("a", a)
                .param("b", b)
                .query(String.class)
                .single();
    }

    /** The unit rows of a run, each a flat JSON object (see analysis.unit_properties). */
    List<String> unitRows(long run) {
        requireRun(run);
        return jdbc.sql(SqlFiles.load("planning/export_rows.sql"))
                .param("run", run)
                .query(String.class)
                .list();
    }

    /** The totals of a run: the city first, then each district. */
    List<String> totalRows(long run) {
        return jdbc.sql(SqlFiles.load("planning/export_totals.sql"))
                .param("run", run)
                .query(String.class)
                .list();
    }

    void requireRun(long run) {
        if (!jdbc.sql(SqlFiles.load("planning/run_exists.sql"))
                .param("run", run)
                .query(Boolean.class)
                .single()) {
            throw missing(run);
        }
    }

    private String text(String file, long run) {
        return jdbc.sql(SqlFiles.load(file))
                .param("run", run)
                .query(String.class)
                .single();
    }

    private static NotFoundException missing(long run) {
        return new NotFoundException("There is no coverage run " + run + ".");
    }
}
