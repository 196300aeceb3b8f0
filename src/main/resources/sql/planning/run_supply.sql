-- The supply points a run measures from (entrances of in-service personnel shelters, and its hypothetical works as
-- points), for drawing service-radius rings. Reflects the register now, not at the time of the run.
SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
           'type', 'Feature', 'geometry', ST_AsGeoJSON(ST_Transform(ST_PointOnSurface(s.geom), 4326), 6)::json,
           'properties', json_build_object('workId', s.work_id, 'hypothetical', s.hypothetical,
               'name', coalesce(w.name, h.name))) ORDER BY s.hypothetical, s.work_id), '[]'))::text
FROM analysis.supply_points(:run) s
LEFT JOIN core.works w ON w.id = s.work_id AND NOT s.hypothetical
LEFT JOIN analysis.run_whatif_works h ON h.run_id = :run AND h.no = -s.work_id AND s.hypothetical
