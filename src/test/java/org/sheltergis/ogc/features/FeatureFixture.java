package org.sheltergis.ogc.features;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the OGC API tests, in a corner of the map nothing else uses (the sea east of Qidong), so the tests hold
 * with or without the Nantong sample: 25 public shelters and one command work whose name must never leave.
 */
final class FeatureFixture {

    static final String SECRET_NAME = "绝密指挥所OGCT";
    static final String BBOX = "122.40,32.40,122.60,32.60";
    static final int SHELTERS = 25;

    private FeatureFixture() {}

    static void insert(JdbcClient db) {
        remove(db);
        db.sql("""
                INSERT INTO core.districts (code, name_zh, name_en, geom)
                VALUES ('329901', '测试海域', 'Test sea', ST_Multi(ST_MakeEnvelope(122.4, 32.4, 122.6, 32.6, 4326)))
                """).update();
        for (int i = 1; i <= SHELTERS; i++) {
            double x = 122.41 + i * 0.005;
            db.sql("""
                    INSERT INTO core.works (code, name, function, construction_mode, district_code, footprint,
                                            sheltering_area, public_shelter, status)
                    VALUES (:code, :name, 'personnel_2', 'attached', '329901',
                            ST_Multi(ST_MakeEnvelope(:x, 32.5, :x + 0.001, 32.501, 4326)), 1000, true, 'in_service')
                    """)
                    .param("code", "OGCT-" + i)
                    .param("name", "测试掩蔽所" + i)
                    .param("x", x)
                    .update();
        }
        db.sql("""
                INSERT INTO core.works (code, name, function, construction_mode, district_code, footprint,
                                        sheltering_area, public_shelter, status)
                VALUES ('OGCT-CMD', :name, 'command', 'standalone', '329901',
                        ST_Multi(ST_MakeEnvelope(122.5, 32.45, 122.501, 32.451, 4326)), 500, false, 'in_service')
                """).param("name", SECRET_NAME).update();
    }

    static void remove(JdbcClient db) {
        db.sql("DELETE FROM core.works WHERE code LIKE 'OGCT-%'").update();
        db.sql("DELETE FROM core.districts WHERE code = '329901'").update();
    }
}
