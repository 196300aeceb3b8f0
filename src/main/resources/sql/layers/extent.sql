-- The layer's extent in lon/lat (null for an empty layer).
SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(geom)::geometry AS e FROM {{relation}}) x
