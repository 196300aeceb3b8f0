-- Features for the WMS tests, in a test area south of Nantong (lon 120.90–121.00, lat 31.00–31.10) so the
-- synthetic Nantong sample never draws into the golden images. Idempotent: the tests share one database.
DO $$
DECLARE
    sq text := 'MULTIPOLYGON(((%1$s %2$s,%3$s %2$s,%3$s %4$s,%1$s %4$s,%1$s %2$s)))';
BEGIN
    IF EXISTS (SELECT 1 FROM core.districts WHERE code = '999901') THEN
        RETURN;
    END IF;
    INSERT INTO core.districts (code, name_zh, name_en, main_urban, geom) VALUES
        ('999901', '测试区', 'Test district', false,
         ST_GeomFromText('MULTIPOLYGON(((120.88 30.99,121.02 30.99,121.02 31.10,120.88 31.10,120.88 30.99)))', 4326));
    -- Public personnel shelters: upgraded signs with parking; outdated signs; no signs.
    INSERT INTO core.works (code, name, function, construction_mode, district_code, address, footprint,
                            sheltering_area, capacity, status, public_shelter, peacetime_use, open_status) VALUES
        ('WMS-T1', '测试一号人防工程', 'personnel_2', 'attached', '999901', '测试路1号',
         ST_GeomFromText(format(sq, 120.9192, 31.0293, 120.9208, 31.0307), 4326), 1500, 1500, 'in_service', true, 'parking', 'open'),
        ('WMS-T2', '测试二号人防工程', 'personnel_1', 'attached', '999901', '测试路2号',
         ST_GeomFromText(format(sq, 120.9492, 31.0293, 120.9508, 31.0307), 4326), 900, 900, 'in_service', true, 'commercial', 'on_alert'),
        ('WMS-T3', '测试三号人防工程', 'personnel_2', 'standalone', '999901', '测试路3号',
         ST_GeomFromText(format(sq, 120.9792, 31.0293, 120.9808, 31.0307), 4326), 600, 600, 'in_service', true, 'idle', 'on_alert'),
    -- Restricted: a command work and a personnel shelter not designated public. Neither may reach a public outlet.
        ('WMS-R1', '测试指挥所', 'command', 'standalone', '999901', '保密',
         ST_GeomFromText(format(sq, 120.9490, 31.0590, 120.9510, 31.0610), 4326), 800, NULL, 'in_service', false, NULL, 'closed'),
        ('WMS-R2', '测试内部掩蔽所', 'personnel_1', 'attached', '999901', '内部',
         ST_GeomFromText(format(sq, 120.9190, 31.0590, 120.9210, 31.0610), 4326), 700, 700, 'in_service', false, NULL, 'closed');
    INSERT INTO core.signage (work_id, status, year_upgraded)
        SELECT id, 'upgraded', 2025 FROM core.works WHERE code = 'WMS-T1';
    INSERT INTO core.signage (work_id, status, year_upgraded)
        SELECT id, 'outdated', NULL FROM core.works WHERE code = 'WMS-T2';
    INSERT INTO core.parking (work_id, total_spaces, public_spaces, free_spaces, ev_chargers_installed, ev_chargers_in_service)
        SELECT id, 120, 80, 35, 4, 3 FROM core.works WHERE code = 'WMS-T1';
    INSERT INTO core.entrances (work_id, kind, accessible, geom)
        SELECT id, 'pedestrian', true, ST_SetSRID(ST_MakePoint(120.9190, 31.0300), 4326) FROM core.works WHERE code = 'WMS-T1'
        UNION ALL
        SELECT id, 'vehicle', false, ST_SetSRID(ST_MakePoint(120.9210, 31.0300), 4326) FROM core.works WHERE code = 'WMS-T1'
        UNION ALL
        SELECT id, 'pedestrian', false, ST_SetSRID(ST_MakePoint(120.9500, 31.0588), 4326) FROM core.works WHERE code = 'WMS-R1';
    INSERT INTO core.plan_units (code, name, district_code, planned_population, geom) VALUES
        ('WMS-U1', '测试单元', '999901', 12000,
         ST_GeomFromText('MULTIPOLYGON(((120.905 31.015,120.995 31.015,120.995 31.075,120.905 31.075,120.905 31.015)))', 4326));
    INSERT INTO core.pois (kind, name, address, geom) VALUES
        ('demo_school', '测试示范学校', '测试路9号', ST_SetSRID(ST_MakePoint(120.9650, 31.0450), 4326));
    INSERT INTO core.hazards (name, kind, clearance_m, geom) VALUES
        ('测试油库', 'flammable_explosive', 50, ST_SetSRID(ST_MakePoint(120.9350, 31.0700), 4326));
END $$;
