SELECT json_build_object(
           'type', 'Feature',
           'id', t.id,
           'geometry', ST_AsGeoJSON(t.geom, 7)::json,
           'properties', {{properties}})::text
FROM {{relation}} t
WHERE t.id = :id
