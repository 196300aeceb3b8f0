-- One Mapbox Vector Tile of a collection, built by PostGIS: the features whose geometry meets the WebMercatorQuad
-- tile :z/:x/:y grown by :buffer (of 4096 tile units), clipped and snapped to the tile's 4096 grid. The tile box is
-- transformed into the table's CRS (never the column into the box's) so the spatial index is used. {{relation}} and
-- {{columns}} come from the layer catalog.
WITH tile AS (
    SELECT ST_TileEnvelope(:z, :x, :y) AS box,
           ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => :buffer / 4096.0), 4326) AS query
)
SELECT ST_AsMVT(f, :layer, 4096, 'geom', 'id')
FROM (
    SELECT t.id{{columns}},
           ST_AsMVTGeom(ST_Transform(t.geom, 3857), tile.box, 4096, :buffer, true) AS geom
    FROM {{relation}} t, tile
    WHERE t.geom && tile.query
) f
WHERE f.geom IS NOT NULL
