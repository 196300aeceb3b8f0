-- One page of a layer within a lon/lat box. The box is built in the layer's SRID (4326) so the GiST index on geom is
-- used; && is the index-backed bounding-box overlap.
SELECT coalesce(json_agg(json_build_object(
           'type', 'Feature',
           'id', t.id,
           'geometry', ST_AsGeoJSON(t.geom, 7)::json,
           'properties', {{properties}}) ORDER BY t.id), '[]')::text
FROM (SELECT * FROM {{relation}}
      WHERE geom && ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326)
      ORDER BY id LIMIT :limit OFFSET :offset) t
