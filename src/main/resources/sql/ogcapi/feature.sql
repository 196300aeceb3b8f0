-- One feature in the requested CRS (see items.sql).
SELECT json_build_object(
           'type', 'Feature',
           'id', t.id,
           'geometry', ST_AsGeoJSON({{geometry}}, {{decimals}}, 0)::json,
           'properties', {{properties}})::text
FROM {{relation}} t
WHERE t.id = :id
