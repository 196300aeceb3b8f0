-- Features of one layer for a map. The map box (in the map's CRS, segmented so a curved outline stays covered) is
-- transformed into the data's EPSG:4326 so the GiST index on the column is used; the result is transformed to the
-- map's CRS, clipped to a margin round the map and simplified to the pixel size, so the service decodes little.
WITH box AS (SELECT ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, :srid) AS map_box)
SELECT t.id{{columns}},
       ST_AsBinary({{geometry}}) AS wkb{{label}}
FROM {{relation}} t, box
WHERE t.geom && ST_Transform(ST_Segmentize(box.map_box, :segment), 4326)
ORDER BY t.id
LIMIT :limit
