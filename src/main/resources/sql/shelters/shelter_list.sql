-- Every public shelter as a point with its public attributes (and contacts, V16) and entrances: what the page clusters, searches and
-- (offline) ranks by distance. One GeoJSON FeatureCollection assembled in PostGIS (the service strips its whitespace).
SELECT json_build_object(
    'type', 'FeatureCollection',
    'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', p.id,
        'geometry', ST_AsGeoJSON(p.geom, 6)::json,
        'properties', json_build_object(
            'name', p.name, 'address', p.address, 'district', p.district_name, 'capacity', p.capacity,
            'open_status', p.open_status, 'wheelchair_accessible', p.wheelchair_accessible,
            'has_parking', p.has_parking, 'parking_spaces', p.parking_spaces, 'parking_free', p.parking_free,
            'ev_chargers', p.ev_chargers, 'signage_status', p.signage_status, 'signage_year', p.signage_year,
            'managing_unit', c.managing_unit, 'duty_phone', c.duty_phone, 'last_verified', c.last_verified,
            -- Compact, since every visitor loads them: [id, kind, accessible, lon, lat] per entrance.
            'entrances', (SELECT json_agg(json_build_array(e.id, e.kind, e.accessible,
                                                           round(ST_X(e.geom)::numeric, 6), round(ST_Y(e.geom)::numeric, 6))
                                          ORDER BY e.id)
                          FROM pub.entrances e WHERE e.shelter_id = p.id)))
        ORDER BY p.id), '[]'::json))::text
FROM pub.shelter_points p
JOIN pub.shelter_contacts c ON c.id = p.id
