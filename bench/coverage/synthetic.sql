-- A stand-in city for looking at the console and timing the analysis before the Nantong sample is loaded:
-- psql -v scale=1 -f bench/coverage/synthetic.sql  (cells of 100/√scale m, works ×scale; random but seeded).
-- The real benchmark uses the sample (./shelter sample --scale N); see bench/coverage/run.sh.
\set ON_ERROR_STOP 1
SELECT setseed(0.42);
BEGIN;
INSERT INTO core.districts (code, name_zh, name_en, main_urban, geom)
SELECT '320613', '崇川区', 'Chongchuan', true,
       ST_Multi(ST_Transform(ST_MakeEnvelope(x0, y0, x0 + 14000, y0 + 14000, 4549), 4326))
FROM (SELECT round(ST_X(p)) - 7000 AS x0, round(ST_Y(p)) - 7000 AS y0
      FROM ST_Transform(ST_SetSRID(ST_MakePoint(120.87, 32.01), 4326), 4549) p) o
ON CONFLICT DO NOTHING;
CREATE TEMP TABLE o AS SELECT round(ST_X(p)) - 7000 AS x0, round(ST_Y(p)) - 7000 AS y0
      FROM ST_Transform(ST_SetSRID(ST_MakePoint(120.87, 32.01), 4326), 4549) p;
INSERT INTO core.plan_units (code, name, district_code, planned_population, geom)
SELECT format('CC-%s%s', chr(65 + j), i), format('崇川%s%s单元', chr(65 + j), i), '320613', 0,
       ST_Multi(ST_Transform(ST_MakeEnvelope(x0 + i * 2000, y0 + j * 2800, x0 + (i + 1) * 2000, y0 + (j + 1) * 2800, 4549), 4326))
FROM o, generate_series(0, 6) i, generate_series(0, 4) j;
-- density: a peak in the old town plus a second centre, people per m²
-- Cells are squares on the ground but axis-aligned in lon/lat, as the sample's (a local equirectangular grid).
INSERT INTO core.population (population, geom)
SELECT pop, ST_MakeEnvelope(lon0 + (x - x0) / 94440.0, lat0 + (y - y0) / 110900.0,
                            lon0 + (x - x0 + s) / 94440.0, lat0 + (y - y0 + s) / 110900.0, 4326)
FROM (SELECT x, y, s, x0, y0, lon0, lat0, round(s * s * 0.0065 * (exp(-((x - x0 - 7000) ^ 2 + (y - y0 - 7000) ^ 2) / 8e6) * 2.5
                                      + exp(-((x - x0 - 10500) ^ 2 + (y - y0 - 4000) ^ 2) / 5e6)
                                      + 0.15) * (0.6 + random() * 0.8))::integer AS pop
      FROM (SELECT x0, y0, ST_X(ll) AS lon0, ST_Y(ll) AS lat0
            FROM o, ST_Transform(ST_SetSRID(ST_MakePoint(x0, y0), 4549), 4326) ll) o, (SELECT 100 / sqrt(:scale) AS s) c,
           generate_series(0, ceil(14000 / (100 / sqrt(:scale)))::integer - 1) ix,
           generate_series(0, ceil(14000 / (100 / sqrt(:scale)))::integer - 1) iy,
           LATERAL (SELECT x0 + ix * s AS x, y0 + iy * s AS y) xy) g
WHERE pop > 0;
UPDATE core.plan_units u SET planned_population = round(coalesce(
    (SELECT sum(p.population) FROM core.population p WHERE ST_Intersects(u.geom, ST_Centroid(p.geom))), 0) * (0.9 + random() * 0.4));
-- works: more where people live, fewer in the old town centre (the gap)
INSERT INTO core.works (code, name, function, construction_mode, district_code, footprint, sheltering_area, status, public_shelter)
SELECT format('SYN-%s', n), format('合成工程%s', n),
       CASE WHEN random() < 0.85 THEN 'personnel_2' WHEN random() < 0.7 THEN 'personnel_1' ELSE 'supply' END,
       'attached', '320613', ST_Multi(ST_Transform(ST_MakeEnvelope(x, y, x + 40, y + 30, 4549), 4326)),
       round((300 + random() * 3500)::numeric, 1), CASE WHEN random() < 0.93 THEN 'in_service' ELSE 'planned' END,
       false
FROM (SELECT n, x0 + 7000 + r * cos(a) AS x, y0 + 7000 + r * sin(a) AS y
      FROM o, generate_series(1, 800 * :scale) n,
           LATERAL (SELECT 700 + abs(random() + random() + random() - 1.5) * 4500 + n * 0 AS r, random() * 2 * pi() + n * 0 AS a) ra) w
WHERE x > (SELECT x0 FROM o) AND x < (SELECT x0 + 13900 FROM o) AND y > (SELECT y0 FROM o) AND y < (SELECT y0 + 13900 FROM o);
INSERT INTO core.entrances (work_id, kind, geom)
SELECT id, 'pedestrian', ST_Transform(ST_SetSRID(ST_MakePoint(ST_XMin(b), ST_YMin(b)), 4549), 4326)
FROM core.works, ST_Transform(footprint, 4549) b WHERE code LIKE 'SYN-%'
UNION ALL
SELECT id, 'vehicle', ST_Transform(ST_SetSRID(ST_MakePoint(ST_XMax(b), ST_YMax(b)), 4549), 4326)
FROM core.works, ST_Transform(footprint, 4549) b WHERE code LIKE 'SYN-%' AND id % 2 = 0;
UPDATE core.works SET public_shelter = random() < 0.6 WHERE code LIKE 'SYN-%' AND function LIKE 'personnel%';
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM core.population) AS cells, (SELECT sum(population) FROM core.population) AS people,
       (SELECT count(*) FROM core.works) AS works, (SELECT count(*) FROM core.entrances) AS entrances;
