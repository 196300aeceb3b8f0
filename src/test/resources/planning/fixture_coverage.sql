-- A hand-worked coverage fixture (answers in CoverageFixtureTest and docs/coverage.md), built in EPSG:4549 metres
-- around an origin at 119.5°E 29.0°N: far from the Nantong sample, so the two never meet in one radius, and every
-- object has a code starting with FX- so the analysis can be scoped to the fixture's units.
--
--   y
--  1100 +---------+                      unit FX-C: two cells (5, 15 people), a command work whose entrance
--       |  C      |                      (100,1050) must NOT count
--  1000 +---------+
--   200 +-------------------+-------------------+
--       | 50  60  70  80    | 140 150 160 170   |   cells of 100 m, people per cell
--       | 10  20  30  40    | 100 110 120 130   |
--     0 +-------------------+-------------------+
--       0   S1 entrance (90,100)  400      S2 entrance (710,100)   800 x
--       unit FX-A                 unit FX-B
-- S1: personnel_1, public, 300 m²; S2: personnel_2, NOT public, 500 m² (planners see every shelter);
-- P: personnel_1 in FX-A but only planned (1000 m², entrance (350,100)) — must not count.
CREATE OR REPLACE FUNCTION pg_temp.fx_pt(x double precision, y double precision) RETURNS geometry LANGUAGE sql AS $$
    SELECT ST_Transform(ST_SetSRID(ST_MakePoint(round(ST_X(o)) + x, round(ST_Y(o)) + y), 4549), 4326)
    FROM ST_Transform(ST_SetSRID(ST_MakePoint(119.5, 29.0), 4326), 4549) o $$;
CREATE OR REPLACE FUNCTION pg_temp.fx_box(x0 double precision, y0 double precision, x1 double precision, y1 double precision)
    RETURNS geometry LANGUAGE sql AS $$
    SELECT ST_Transform(ST_MakeEnvelope(round(ST_X(o)) + x0, round(ST_Y(o)) + y0, round(ST_X(o)) + x1, round(ST_Y(o)) + y1, 4549), 4326)
    FROM ST_Transform(ST_SetSRID(ST_MakePoint(119.5, 29.0), 4326), 4549) o $$;

INSERT INTO core.districts (code, name_zh, name_en, geom)
VALUES ('990003', '测试区', 'Fixture district', ST_Multi(pg_temp.fx_box(-100, -100, 1000, 1200)));

INSERT INTO core.plan_units (code, name, district_code, planned_population, geom) VALUES
 ('FX-A', '测试单元A', '990003', 500,  ST_Multi(pg_temp.fx_box(0, 0, 400, 200))),
 ('FX-B', '测试单元B', '990003', 1000, ST_Multi(pg_temp.fx_box(400, 0, 800, 200))),
 ('FX-C', '测试单元C', '990003', 50,   ST_Multi(pg_temp.fx_box(0, 1000, 200, 1100)));

INSERT INTO core.population (population, geom)
SELECT p, pg_temp.fx_box(x, y, x + 100, y + 100)
FROM (VALUES (0, 0, 10), (100, 0, 20), (200, 0, 30), (300, 0, 40),
             (0, 100, 50), (100, 100, 60), (200, 100, 70), (300, 100, 80),
             (400, 0, 100), (500, 0, 110), (600, 0, 120), (700, 0, 130),
             (400, 100, 140), (500, 100, 150), (600, 100, 160), (700, 100, 170),
             (0, 1000, 5), (100, 1000, 15)) AS c(x, y, p);

INSERT INTO core.works (code, name, function, construction_mode, district_code, footprint, sheltering_area, status, public_shelter) VALUES
 ('FX-S1', '测试掩蔽所一', 'personnel_1', 'attached',   '990003', ST_Multi(pg_temp.fx_box(60, 60, 120, 120)),    300,  'in_service', true),
 ('FX-S2', '测试掩蔽所二', 'personnel_2', 'attached',   '990003', ST_Multi(pg_temp.fx_box(690, 60, 740, 120)),   500,  'in_service', false),
 ('FX-P',  '测试规划工程', 'personnel_1', 'standalone', '990003', ST_Multi(pg_temp.fx_box(200, 20, 240, 40)),    1000, 'planned',    false),
 ('FX-K',  '测试指挥所',   'command',     'standalone', '990003', ST_Multi(pg_temp.fx_box(60, 1020, 100, 1040)), 900,  'in_service', false);

INSERT INTO core.entrances (work_id, kind, geom)
SELECT w.id, 'pedestrian', pg_temp.fx_pt(x, y)
FROM (VALUES ('FX-S1', 90, 100), ('FX-S2', 710, 100), ('FX-P', 350, 100), ('FX-K', 100, 1050)) AS e(code, x, y)
JOIN core.works w ON w.code = e.code;
