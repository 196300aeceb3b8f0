-- Features of one layer for a map. The query box (the map box plus a margin, in the map's CRS, segmented so a curved
-- outline stays covered) is transformed into the data's EPSG:4326 once per map (query_box.sql) and bound here as
-- four numbers. The result is transformed to the map's CRS, clipped to the query box (in EPSG:4326, before the
-- transformation, so a large district is not transformed whole for every tile) and simplified to the pixel size, so
-- the service decodes little. For a view with bbox_* columns (V18) the box is added again as leakproof number
-- comparisons: the only form of it that a security-barrier view lets through to its indexes.
SELECT t.id{{columns}},
       ST_AsBinary({{geometry}}) AS wkb{{label}}
FROM {{relation}} t
WHERE t.geom && ST_MakeEnvelope(:west, :south, :east, :north, 4326){{box_columns}}
ORDER BY t.id
LIMIT :limit
