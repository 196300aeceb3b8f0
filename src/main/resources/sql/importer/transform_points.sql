-- Workbook coordinates (x = easting / longitude, y = northing / latitude) from an EPSG system to CGCS2000 degrees,
-- which the register stores as EPSG:4326 (the two agree to well under a metre here). A pair PostGIS cannot transform
-- comes back as nulls.
SELECT t.i, ST_X(g) AS lon, ST_Y(g) AS lat
FROM unnest(CAST(:xs AS float8[]), CAST(:ys AS float8[])) WITH ORDINALITY AS t(x, y, i)
CROSS JOIN LATERAL (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(t.x, t.y), CAST(:srid AS integer)), 4490) AS g) p
ORDER BY t.i
