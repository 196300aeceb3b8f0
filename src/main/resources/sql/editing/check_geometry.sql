-- Validity, size and location of an edited geometry (GeoJSON in EPSG:4326). Inside Nantong = covered by the union of
-- the register's districts that its box touches.
SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason, ST_NPoints(g) AS points, GeometryType(g) AS type,
       ST_Area(g::geography) AS area,
       coalesce(ST_CoveredBy(g, (SELECT ST_Union(d.geom) FROM core.districts d WHERE d.geom && g)), false) AS inside
FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(:geojson), 4326) AS g) x
