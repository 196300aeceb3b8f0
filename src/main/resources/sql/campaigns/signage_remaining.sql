-- What the signage campaign has left to do, as points for the map.
SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
    'type', 'Feature', 'id', w.id,
    'geometry', ST_AsGeoJSON(ST_PointOnSurface(w.footprint), 6)::json,
    'properties', json_build_object('code', w.code, 'name', w.name, 'district_code', w.district_code,
                                    'signage_status', coalesce(s.status, 'none'), 'signage_version', coalesce(s.version, 0)))
    ORDER BY w.id), '[]'))::text
FROM core.works w
JOIN core.districts d ON d.code = w.district_code
LEFT JOIN core.signage s ON s.work_id = w.id
WHERE d.main_urban AND w.public_shelter AND analysis.counts_as_supply(w.function, w.status) AND coalesce(s.status, 'none') <> 'upgraded'
