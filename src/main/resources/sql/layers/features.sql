-- One page of a layer as an array of GeoJSON features, in id order.
-- {{relation}} and {{properties}} come from the layer catalog; values are bound.
SELECT coalesce(json_agg(json_build_object(
           'type', 'Feature',
           'id', t.id,
           'geometry', ST_AsGeoJSON(t.geom, 7)::json,
           'properties', {{properties}}) ORDER BY t.id), '[]')::text
FROM (SELECT * FROM {{relation}} ORDER BY id LIMIT :limit OFFSET :offset) t
