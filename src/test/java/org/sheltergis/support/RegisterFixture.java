package org.sheltergis.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Works made by a test for itself, in 崇川区 (loaded from gis-data when the register has no districts yet), so a test
 * does not depend on what the sample holds. Codes start with {@code T-} and are unique per run.
 */
public final class RegisterFixture {

    public static final String DISTRICT = "320613";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final java.util.List<Long> created = new java.util.ArrayList<>();

    public RegisterFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        ensureDistrict();
    }

    private void ensureDistrict() {
        if (jdbc.sql("SELECT count(*) FROM core.districts WHERE code = :c")
                        .param("c", DISTRICT)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        try {
            JsonNode fc = Http.parse(Files.readString(Path.of("gis-data/nantong-districts.geojson")));
            for (JsonNode f : fc.path("features")) {
                if (f.path("properties").path("adcode").asInt() == Integer.parseInt(DISTRICT)) {
                    jdbc.sql("""
                            INSERT INTO core.districts (code, name_zh, name_en, main_urban, geom)
                            VALUES (:c, '崇川区', 'Chongchuan', true, ST_Multi(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(:g), 4326))))
                            ON CONFLICT (code) DO NOTHING""")
                            .param("c", DISTRICT)
                            .param("g", f.path("geometry").toString())
                            .update();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A work at a given place (its south-west corner), for tests that look for its coordinates in responses. */
    public long workAt(String function, boolean publicShelter, String name, double lon, double lat) {
        return workAt(function, publicShelter, name, lon, lat, null);
    }

    /** As above with a chosen id (e.g. one far above any other table's ids, so finding it in a text means something). */
    public long workAt(String function, boolean publicShelter, String name, double lon, double lat, Long id) {
        double d = 0.0004;
        String wkt = String.format(
                java.util.Locale.ROOT,
                "MULTIPOLYGON(((%.7f %.7f,%.7f %.7f,%.7f %.7f,%.7f %.7f,%.7f %.7f)))",
                lon,
                lat,
                lon + d,
                lat,
                lon + d,
                lat + d,
                lon,
                lat + d,
                lon,
                lat);
        return insert(function, publicShelter, name, wkt, SEQUENCE.incrementAndGet(), id);
    }

    /** A work: a ~40 m square near central Nantong (120.87 E, 32.01 N), offset by the sequence so works do not overlap. */
    public long work(String function, boolean publicShelter, String name) {
        int n = SEQUENCE.incrementAndGet();
        double lon = 120.860 + (n % 40) * 0.0009;
        double lat = 32.000 + (n / 40) * 0.0009;
        double d = 0.0004;
        String wkt = String.format(
                java.util.Locale.ROOT,
                "MULTIPOLYGON(((%f %f,%f %f,%f %f,%f %f,%f %f)))",
                lon,
                lat,
                lon + d,
                lat,
                lon + d,
                lat + d,
                lon,
                lat + d,
                lon,
                lat);
        return insert(function, publicShelter, name, wkt, n, null);
    }

    /**
     * Deletes the works this fixture made (their signage, parking and entrances go with them), so the sample's campaign
     * figures are as loaded for the tests that check them. Audit rows stay: they are history.
     */
    public void cleanUp() {
        if (!created.isEmpty()) {
            jdbc.sql("DELETE FROM core.works WHERE id = ANY(:ids)")
                    .param("ids", created.toArray(Long[]::new))
                    .update();
            created.clear();
        }
    }

    private long insert(String function, boolean publicShelter, String name, String wkt, int n, Long chosenId) {
        long id = jdbc.sql("""
                INSERT INTO core.works (id, code, name, function, protection_level, construction_mode, district_code, address,
                    footprint, building_area, protected_area, sheltering_area, completion_year, public_shelter, status)
                VALUES (coalesce(CAST(:id AS bigint), nextval(pg_get_serial_sequence('core.works', 'id'))), :code, :name, :function, 'n6', 'attached', :district, '测试路' || :n || '号',
                    ST_GeomFromText(:wkt, 4326), 3000, 2500, 2000, 2015, :pub, 'in_service')
                RETURNING id""")
                .param("id", chosenId)
                .param("code", "T-" + System.nanoTime() + "-" + n)
                .param("name", name)
                .param("function", function)
                .param("district", DISTRICT)
                .param("n", n)
                .param("wkt", wkt)
                .param("pub", publicShelter)
                .query(Long.class)
                .single();
        created.add(id);
        return id;
    }

    public long publicShelter(String name) {
        return work("personnel_2", true, name);
    }

    public long restrictedWork(String name) {
        return work("command", false, name);
    }

    public int workVersion(long id) {
        return jdbc.sql("SELECT version FROM core.works WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    public int signageVersion(long id) {
        return jdbc.sql("SELECT coalesce((SELECT version FROM core.signage WHERE work_id = :id), 0)")
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
