package org.sheltergis.planning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-worked fixture of src/test/resources/planning/fixture_coverage.sql. It lies far from the Nantong sample
 * (119.5°E 29°N) and its units are coded FX-*, so a run scoped to {@link #UNITS} sees only the fixture. Tests either
 * load it inside a transaction that is rolled back, or load it committed and {@link #remove} it afterwards.
 */
final class CoverageFixture {

    static final List<String> UNITS = List.of("FX-A", "FX-B", "FX-C");

    private CoverageFixture() {}

    static void load(JdbcClient jdbc) {
        jdbc.sql(script("fixture_coverage.sql")).update();
    }

    /** The hand-made street; needs the pg_temp helpers of {@link #load} on the same connection (same transaction). */
    static void loadRoads(JdbcClient jdbc) {
        jdbc.sql(script("fixture_roads.sql")).update();
    }

    static void remove(JdbcClient jdbc) {
        jdbc.sql(script("fixture_cleanup.sql")).update();
    }

    /** A point of the fixture's local metre grid as GeoJSON lon/lat. */
    static String point(JdbcClient jdbc, double x, double y) {
        return jdbc.sql("""
                SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(round(ST_X(o)) + ?, round(ST_Y(o)) + ?), 4549), 4326), 9)
                FROM ST_Transform(ST_SetSRID(ST_MakePoint(119.5, 29.0), 4326), 4549) o""").params(x, y).query(String.class).single();
    }

    /** An axis-aligned box of the fixture's local metre grid as a GeoJSON lon/lat polygon. */
    static String box(JdbcClient jdbc, double x0, double y0, double x1, double y1) {
        return jdbc.sql("""
                SELECT ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(round(ST_X(o)) + ?, round(ST_Y(o)) + ?,
                                                                 round(ST_X(o)) + ?, round(ST_Y(o)) + ?, 4549), 4326), 9)
                FROM ST_Transform(ST_SetSRID(ST_MakePoint(119.5, 29.0), 4326), 4549) o""").params(x0, y0, x1, y1).query(String.class).single();
    }

    private static String script(String name) {
        try {
            return new ClassPathResource("planning/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
