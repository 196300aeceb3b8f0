-- A hand-made walking network for the fixture (run after fixture_coverage.sql): one street along y = 100 from
-- x = 50 to x = 750, noded every 100 m (nodes at x = 50, 150, ..., 750).
INSERT INTO core.roads (name, geom)
SELECT '测试路', ST_MakeLine(pg_temp.fx_pt(x, 100), pg_temp.fx_pt(x + 100, 100))
FROM generate_series(50, 650, 100) AS x;
