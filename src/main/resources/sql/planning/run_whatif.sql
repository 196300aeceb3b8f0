-- The hypothetical works of a run as a GeoJSON FeatureCollection.
SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
           'type', 'Feature', 'id', w.no, 'geometry', ST_AsGeoJSON(w.geom, 7)::json,
           'properties', json_build_object('name', w.name, 'shelteringArea', w.sheltering_area, 'hypothetical', true))
       ORDER BY w.no), '[]'))::text
FROM analysis.run_whatif_works w WHERE w.run_id = :run
