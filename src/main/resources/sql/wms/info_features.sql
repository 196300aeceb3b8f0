-- Features of one layer near a point of a map (GetFeatureInfo): the index finds candidates with the point's
-- neighbourhood transformed into EPSG:4326; the few candidates are then measured in the map's CRS.
WITH q AS (SELECT ST_SetSRID(ST_MakePoint(:x, :y), :srid) AS p)
SELECT t.id{{columns}},
       ST_AsGeoJSON(t.geom, 7) AS geojson,
       ST_AsGML(2, ST_Transform(t.geom, :srid), 8) AS gml
FROM {{relation}} t, q
WHERE t.geom && ST_Transform(ST_Segmentize(ST_Expand(q.p, :tolerance), :tolerance), 4326)
  AND ST_DWithin(ST_Transform(t.geom, :srid), q.p, :tolerance)
ORDER BY ST_Distance(ST_Transform(t.geom, :srid), q.p), t.id
LIMIT :count
