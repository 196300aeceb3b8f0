-- A map's query box in the data's EPSG:4326: the box in the map's CRS, segmented so a curved outline stays covered,
-- transformed, and its bounds. Once per map; every layer's query takes the four numbers.
SELECT ST_XMin(b) AS west, ST_YMin(b) AS south, ST_XMax(b) AS east, ST_YMax(b) AS north
FROM ST_Transform(ST_Segmentize(ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, :srid), :segment), 4326) AS b
