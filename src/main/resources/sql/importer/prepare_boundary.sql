-- The area imported data must lie in: Nantong as the register's districts (or, before any district is loaded, the
-- bundled city boundary the bound parameter), with 100 m of tolerance for the coarse boundary lines.
CREATE TEMP TABLE import_boundary ON COMMIT DROP AS
SELECT ST_Buffer(coalesce((SELECT ST_Union(geom) FROM core.districts), ST_GeomFromWKB(?, 4326))::geography, 100)::geometry AS g
