-- Features of one layer for a map. The query box (the map box plus a margin, in the map's CRS, segmented so a curved
-- outline stays covered) is transformed into the data's EPSG:4326 so the GiST index on the column is used — written
-- inline, not in a CTE, so the planner sees a constant and scans the index. The result is transformed to the map's CRS,
-- clipped to the query box (in EPSG:4326, before the transformation, so a large district is not transformed
-- whole for every tile) and simplified to the pixel size, so the service decodes little.
SELECT t.id{{columns}},
       ST_AsBinary({{geometry}}) AS wkb{{label}}
FROM {{relation}} t
WHERE t.geom && ST_Transform(ST_Segmentize(ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, :srid), :segment), 4326)
ORDER BY t.id
LIMIT :limit
