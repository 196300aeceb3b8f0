-- The plan units of a run as a GeoJSON FeatureCollection (geometry from the register; null if the unit is gone).
SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
           'type', 'Feature', 'id', u.unit_id,
           'geometry', ST_AsGeoJSON(p.geom, 6)::json,
           'properties', analysis.unit_properties(u)
               || jsonb_build_object('gaps', (SELECT count(*) FROM analysis.run_uncovered g
                                              WHERE g.run_id = u.run_id AND g.unit_id = u.unit_id)))
       ORDER BY u.unit_code), '[]'))::text
FROM analysis.run_units u
LEFT JOIN core.plan_units p ON p.id = u.unit_id
WHERE u.run_id = :run
