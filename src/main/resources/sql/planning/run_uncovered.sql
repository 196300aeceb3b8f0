-- The uncovered areas (gaps) of a run as a GeoJSON FeatureCollection of MultiPolygons.
SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
           'type', 'Feature', 'id', g.unit_id || '-' || g.gap_no,
           'geometry', ST_AsGeoJSON(g.geom, 6)::json,
           'properties', json_build_object('unitId', g.unit_id, 'unitCode', u.unit_code, 'unitName', u.unit_name,
               'gap', g.gap_no, 'population', g.population, 'cells', g.cells, 'areaM2', round(g.area_m2::numeric)))
       ORDER BY g.population DESC, g.unit_id, g.gap_no), '[]'))::text
FROM analysis.run_uncovered g
JOIN analysis.run_units u ON u.run_id = g.run_id AND u.unit_id = g.unit_id
WHERE g.run_id = :run
