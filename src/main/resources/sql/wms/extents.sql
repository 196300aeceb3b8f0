-- A lon/lat box in each CRS the WMS offers: x/y minima and maxima (easting/longitude as x).
WITH box AS (SELECT ST_Segmentize(ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326), 0.01) AS g),
     crs(srid) AS (SELECT unnest(CAST(:srids AS integer[])))
SELECT crs.srid,
       ST_XMin(t.g) AS minx, ST_YMin(t.g) AS miny, ST_XMax(t.g) AS maxx, ST_YMax(t.g) AS maxy
FROM crs, box, LATERAL (SELECT ST_Transform(box.g, crs.srid) AS g) t
