package org.sheltergis.siting;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small register away from Nantong (around 119° E, 30° N, inside the reach of the metric EPSG:4549 that supply is
 * measured in, ADR 0007) so it never mixes with the sample: one district, a row of
 * ten 100 m population cells, an existing shelter at the west end, and candidate sites along the row — one near a
 * toxic tank, one on an existing work, one too small. Positions are metres east/north of the district's origin.
 */
final class Fixture {

    final String district;
    final double lon0;
    final double lat0;
    private final JdbcClient jdbc;

    Fixture(JdbcClient jdbc, String district, double lon0, double lat0) {
        this.jdbc = jdbc;
        this.district = district;
        this.lon0 = lon0;
        this.lat0 = lat0;
    }

    void build() {
        jdbc.sql(
                        "INSERT INTO core.districts (code, name_zh, name_en, geom) VALUES (:c, :c, :c, ST_Multi(ST_GeomFromText(:g, 4326)))")
                .param("c", district)
                .param("g", box(-300, -300, 1300, 300))
                .update();
        for (int k = 0; k < 10; k++) {
            jdbc.sql("INSERT INTO core.population (population, geom) VALUES (1000, ST_GeomFromText(:g, 4326))")
                    .param("g", box(k * 100 - 50, -50, k * 100 + 50, 50))
                    .update();
        }
        long shelter = work("SH", "personnel_2", box(-20, -20, 20, 20));
        jdbc.sql(
                        "INSERT INTO core.entrances (work_id, kind, geom) VALUES (:w, 'pedestrian', ST_GeomFromText(:g, 4326))")
                .param("w", shelter)
                .param("g", point(20, 0))
                .update();
        work("SUP", "supply", box(880, -30, 920, 30));
        site("S1", 6400, 2.0e7, box(460, -40, 540, 40));
        site("S2", 6400, 1.5e7, box(760, -40, 840, 40));
        site("S3", 6400, 1.0e7, box(860, -40, 940, 40));
        site("S4", 1000, 1.0e6, box(660, -40, 740, 40));
        site("S5", 6400, 1.0e7, box(160, -40, 240, 40));
        jdbc.sql(
                        "INSERT INTO core.hazards (name, kind, clearance_m, geom) VALUES (:n, 'toxic', 100, ST_GeomFromText(:g, 4326))")
                .param("n", district + " 储罐")
                .param("g", point(800, 120))
                .update();
    }

    /** Removes what build() made, and the district's ledger rows, so city-wide runs of later tests never see them. */
    void remove() {
        for (String sql : new String[] {
            "DELETE FROM core.siting_runs WHERE parameters ->> 'district' = :d",
            "DELETE FROM core.fee_allocations WHERE district_code = :d",
            "DELETE FROM core.fee_receipts WHERE district_code = :d",
            "DELETE FROM core.candidate_sites WHERE district_code = :d",
            "DELETE FROM core.works WHERE district_code = :d",
            "DELETE FROM core.hazards WHERE name = :d || ' 储罐'",
            "DELETE FROM core.population p USING core.districts d WHERE d.code = :d AND ST_Within(p.geom, d.geom)",
            "DELETE FROM core.districts WHERE code = :d"
        }) {
            jdbc.sql(sql).param("d", district).update();
        }
    }

    String code(String site) {
        return district + "-" + site;
    }

    private long work(String code, String function, String geom) {
        return jdbc.sql("""
                INSERT INTO core.works (code, name, function, construction_mode, district_code, footprint, status)
                VALUES (:code, :code, :f, 'standalone', :d, ST_Multi(ST_GeomFromText(:g, 4326)), 'in_service')
                RETURNING id""")
                .param("code", code(code))
                .param("f", function)
                .param("d", district)
                .param("g", geom)
                .query(Long.class)
                .single();
    }

    private void site(String code, double area, double cost, String geom) {
        jdbc.sql("""
                INSERT INTO core.candidate_sites (code, kind, name, district_code, buildable_area, cost, geom)
                VALUES (:code, 'park', :name, :d, :a, :cost, ST_Multi(ST_GeomFromText(:g, 4326)))""")
                .param("code", code(code))
                .param("name", "测试用地 " + code)
                .param("d", district)
                .param("a", area)
                .param("cost", cost)
                .param("g", geom)
                .update();
    }

    String point(double x, double y) {
        return String.format(Locale.ROOT, "POINT(%.8f %.8f)", lon(x), lat(y));
    }

    String box(double x0, double y0, double x1, double y1) {
        return String.format(
                Locale.ROOT,
                "POLYGON((%1$.8f %2$.8f, %3$.8f %2$.8f, %3$.8f %4$.8f, %1$.8f %4$.8f, %1$.8f %2$.8f))",
                lon(x0),
                lat(y0),
                lon(x1),
                lat(y1));
    }

    private double lon(double x) {
        return lon0 + x / (111_320 * Math.cos(Math.toRadians(lat0)));
    }

    private double lat(double y) {
        return lat0 + y / 110_574;
    }
}
