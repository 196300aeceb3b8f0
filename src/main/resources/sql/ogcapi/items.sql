-- One page of a collection's features in the requested CRS, in id order. {{relation}} and {{properties}} come from
-- the layer catalog, {{geometry}} and {{decimals}} from the API's CRS list, {{where}} from a translated filter whose
-- values are all bound; ST_AsGeoJSON option 0: no "crs" member (the CRS is in the Content-Crs header).
SELECT coalesce(json_agg(json_build_object(
           'type', 'Feature',
           'id', t.id,
           'geometry', ST_AsGeoJSON({{geometry}}, {{decimals}}, 0)::json,
           'properties', {{properties}}) ORDER BY t.id), '[]')::text
FROM (SELECT * FROM {{relation}} t WHERE {{where}} ORDER BY id LIMIT :limit OFFSET :offset) t
